// Entry of the separately bundled field documentation (~1 MB): loaded on the first hover or completion,
// not with the editor. Published on globalThis for ./schema-providers.ts (see ./load-bundle.ts).
import docs from '../../generated/k8s-schema/docs.js';

(globalThis as { kprimerSchemaDocs?: typeof docs }).kprimerSchemaDocs = docs;
