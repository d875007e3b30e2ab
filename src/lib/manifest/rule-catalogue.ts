// Every rule the manifest linter knows: stable id, layer, default severity. Their titles and explanations
// are in the catalogues (src/lib/manifest/messages/<lang>/, `rules`). Ids never change meaning; new rules
// get new ids.
import { CUSTOM_RESOURCE_RULES } from './custom-resources/rules.ts';
import { SEMANTIC_RULES } from './semantic/index.ts';
import type { RuleLayer, Severity } from './types.ts';
import type { RuleInfo as SharedRuleInfo } from '../i18n/index.ts';

/** One rule as every catalogue describes it (the shared i18n shape, with the manifest layers). */
export type RuleInfo<Id extends string = string> = SharedRuleInfo<Id, RuleLayer>;

const rule = <const Id extends string>(id: Id, layer: RuleLayer, severity: Severity): RuleInfo<Id> => ({ id, layer, severity });

export const RULES = [
	// Layer 1: syntax
	rule('yaml/syntax-error', 'syntax', 'error'),
	rule('yaml/syntax-warning', 'syntax', 'warning'),
	rule('yaml/duplicate-key', 'syntax', 'error'),
	rule('yaml/invalid-character', 'syntax', 'error'),
	rule('yaml/input-too-large', 'syntax', 'error'),
	rule('yaml/too-deep', 'syntax', 'error'),
	rule('yaml/alias-limit', 'syntax', 'error'),
	rule('lint/too-many-problems', 'syntax', 'info'),
	rule('lint/internal-error', 'syntax', 'error'),
	// Layer 2: identity
	rule('identity/not-an-object', 'identity', 'error'),
	rule('identity/missing-api-version', 'identity', 'error'),
	rule('identity/missing-kind', 'identity', 'error'),
	rule('identity/unknown-api-version', 'identity', 'error'),
	rule('identity/unknown-kind', 'identity', 'error'),
	rule('identity/custom-resource', 'identity', 'info'),
	rule('identity/missing-name', 'identity', 'error'),
	rule('identity/invalid-name', 'identity', 'error'),
	rule('identity/invalid-namespace', 'identity', 'error'),
	rule('identity/invalid-label-key', 'identity', 'error'),
	rule('identity/invalid-label-value', 'identity', 'error'),
	rule('identity/invalid-annotation-key', 'identity', 'error'),
	// Layer 3: strict schema
	rule('schema/unknown-field', 'schema', 'error'),
	rule('schema/type-mismatch', 'schema', 'error'),
	rule('schema/invalid-enum', 'schema', 'error'),
	rule('schema/missing-required', 'schema', 'error'),
	rule('schema/invalid-quantity', 'schema', 'error'),
	rule('schema/invalid-format', 'schema', 'error'),
	// Layer 4: semantic (the API server's validation code), one module per API group in semantic/
	...SEMANTIC_RULES,
	// Layer 5: custom resources (CRDs in the paste and their objects), kustomization files, unrendered Helm templates
	...CUSTOM_RESOURCE_RULES,
	// Layer 6: API versions
	rule('api/removed', 'api-version', 'error'),
	rule('api/deprecated', 'api-version', 'warning'),
	rule('api/not-yet-available', 'api-version', 'error'),
	// Layer 7: cross-resource
	rule('cross/selector-mismatch', 'cross-resource', 'error'),
	rule('cross/duplicate-object', 'cross-resource', 'warning'),
	rule('cross/volume-not-found', 'cross-resource', 'error'),
	rule('cross/service-selects-nothing', 'cross-resource', 'warning'),
	rule('cross/target-port-not-found', 'cross-resource', 'warning'),
	rule('cross/ingress-backend-not-found', 'cross-resource', 'info'),
	rule('cross/hpa-target-not-found', 'cross-resource', 'info'),
	rule('cross/reference-not-in-paste', 'cross-resource', 'info'),
	rule('cross/key-not-found', 'cross-resource', 'warning'),
	// Layer 8: best practice
	rule('bp/image-tag', 'best-practice', 'warning'),
	rule('bp/resource-requests', 'best-practice', 'warning'),
	rule('bp/memory-limit', 'best-practice', 'warning'),
	rule('bp/readiness-probe', 'best-practice', 'warning'),
	rule('bp/liveness-probe', 'best-practice', 'info'),
	rule('bp/privileged', 'best-practice', 'warning'),
	rule('bp/privilege-escalation', 'best-practice', 'info'),
	rule('bp/run-as-non-root', 'best-practice', 'warning'),
	rule('bp/read-only-root-filesystem', 'best-practice', 'info'),
	rule('bp/dangerous-capabilities', 'best-practice', 'warning'),
	rule('bp/host-namespaces', 'best-practice', 'warning'),
	rule('bp/host-path', 'best-practice', 'warning'),
	rule('bp/docker-socket', 'best-practice', 'warning'),
	rule('bp/secret-in-env', 'best-practice', 'warning'),
];

/** Every rule id, as a union: a typo in a rule id fails the type check. */
export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, RuleInfo<RuleId>>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo<RuleId> | undefined {
	return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
	return byId.has(id);
}
