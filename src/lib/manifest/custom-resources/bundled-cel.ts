// The CEL rules of CRDs whose field schema is bundled (the Gateway API, src/generated/gateway-api/cel.js):
// run on those objects as apiextensions-apiserver runs x-kubernetes-validations on a create. The field
// schema itself is the schema layer's (a compact schema), so only the rules are evaluated here, with each
// rule's `self` built the server's way (defaults applied, see celValue).
import type { OpenApiSchema } from './openapi-schema.ts';

export interface BundledCelSchemas {
	source: string;
	/** apiVersion -> kind -> index into schemas. */
	kinds: Record<string, Record<string, number>>;
	/** Pruned openAPIV3Schemas: the paths to rules, and below a rule its subtree's type, default and nullable. */
	schemas: OpenApiSchema[];
}

const registered: BundledCelSchemas[] = [];

/** Installs the CEL rules of a bundled CRD set (idempotent per source). */
export function registerBundledCel(data: BundledCelSchemas): void {
	if (!registered.some((r) => r.source === data.source)) registered.push(data);
}

export function hasBundledCel(sourcePrefix: string): boolean {
	return registered.some((r) => r.source.startsWith(sourcePrefix));
}

/** The pruned schema with rules for a bundled kind, or undefined. */
export function bundledCelSchema(apiVersion: string, kind: string): OpenApiSchema | undefined {
	for (const data of registered) {
		const index = data.kinds[apiVersion]?.[kind];
		if (index !== undefined) return data.schemas[index];
	}
	return undefined;
}
