// Entry of the separately bundled Gateway API schema: loaded by the validation worker only for a paste with
// gateway.networking.k8s.io objects. Published on globalThis for ./worker.ts.
import schema from '../../generated/gateway-api/schema.js';

(globalThis as { kprimerGatewayApiSchema?: typeof schema }).kprimerGatewayApiSchema = schema;
