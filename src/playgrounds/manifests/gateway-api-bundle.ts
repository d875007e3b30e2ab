// Entry of the separately bundled Gateway API schema: loaded by the validation worker only for a paste with
// gateway.networking.k8s.io objects. Published on globalThis for ./worker.ts.
import cel from '../../generated/gateway-api/cel.js';
import schema from '../../generated/gateway-api/schema.js';

(globalThis as { kprimerGatewayApiSchema?: typeof schema }).kprimerGatewayApiSchema = schema;
// The Gateway API CRDs' CEL rules, run when the CEL engine is loaded too.
(globalThis as { kprimerGatewayApiCel?: typeof cel }).kprimerGatewayApiCel = cel;
