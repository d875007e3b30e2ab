// The part of a CRD's openAPIV3Schema (apiextensions JSONSchemaProps) that validation reads, and how a
// schema written in the paste becomes one: the YAML node read as plain data (aliases and merges followed).
import { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import { fields, resolve } from '../yaml-access.ts';

export interface CelValidationRule {
	rule: string;
	message?: string;
	messageExpression?: string;
	reason?: string;
	fieldPath?: string;
	optionalOldSelf?: boolean;
}

/** JSONSchemaProps (staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/types_jsonschema.go), as read. */
export interface OpenApiSchema {
	type?: string;
	format?: string;
	properties?: Record<string, OpenApiSchema>;
	additionalProperties?: boolean | OpenApiSchema;
	items?: OpenApiSchema;
	required?: string[];
	enum?: unknown[];
	pattern?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: boolean;
	exclusiveMaximum?: boolean;
	multipleOf?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	minProperties?: number;
	maxProperties?: number;
	nullable?: boolean;
	default?: unknown;
	uniqueItems?: boolean;
	allOf?: OpenApiSchema[];
	anyOf?: OpenApiSchema[];
	oneOf?: OpenApiSchema[];
	not?: OpenApiSchema;
	$ref?: string;
	'x-kubernetes-int-or-string'?: boolean;
	'x-kubernetes-preserve-unknown-fields'?: boolean;
	'x-kubernetes-embedded-resource'?: boolean;
	'x-kubernetes-validations'?: CelValidationRule[];
	'x-kubernetes-list-type'?: string;
	'x-kubernetes-list-map-keys'?: string[];
}

/** Plain data of a YAML node (maps as objects with own properties only, merges applied); depth is bounded by the parser's check. */
export function plainValue(node: Node | undefined): unknown {
	const target = resolve(node);
	if (target instanceof Scalar) return target.value;
	if (target instanceof YAMLSeq) return target.items.map((item) => plainValue(item as Node));
	if (target instanceof YAMLMap) {
		const out: Record<string, unknown> = {};
		for (const f of fields(target)) {
			// defineProperty, so that a key named "__proto__" stays data.
			Object.defineProperty(out, f.name, { value: plainValue(f.value), enumerable: true, writable: true, configurable: true });
		}
		return out;
	}
	return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property of a plain record (a property named "constructor" must not find Object.prototype's). */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
	return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
