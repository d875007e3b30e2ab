// Entry of the separately bundled CEL engine (~24 kB gzipped): loaded by the validation worker only for a
// paste with x-kubernetes-validations rules. Published on globalThis for ./worker.ts.
import { createCelEngine } from '../../lib/manifest/custom-resources/cel-engine.ts';

(globalThis as { kprimerCreateCelEngine?: typeof createCelEngine }).kprimerCreateCelEngine = createCelEngine;
