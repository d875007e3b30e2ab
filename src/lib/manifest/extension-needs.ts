// Which optional parts a text needs before it is linted: the CEL engine (CRDs with
// x-kubernetes-validations) and the bundled Gateway API schema (objects of gateway.networking.k8s.io).
// Pure and import-free, so that the browser worker can ask without pulling the parts into its bundle.
import { celEngine } from './custom-resources/cel.ts';
import { hasCompactSchema } from './schema-model.ts';

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
/** The `source` of the generated Gateway API schema starts with this (see scripts/generate-gateway-api-schema.ts). */
export const GATEWAY_API_SOURCE_PREFIX = '@kubernetes-models/gateway-api@';

export interface ExtensionNeeds {
	cel: boolean;
	gatewayApi: boolean;
}

export function extensionNeeds(text: string): ExtensionNeeds {
	return {
		cel: !celEngine() && text.includes('x-kubernetes-validations'),
		gatewayApi: !hasCompactSchema(GATEWAY_API_SOURCE_PREFIX) && text.includes(`${GATEWAY_API_GROUP}/`),
	};
}

export function needsExtensions(text: string): boolean {
	const needs = extensionNeeds(text);
	return needs.cel || needs.gatewayApi;
}
