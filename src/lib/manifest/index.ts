// Public API of the Kubernetes manifest linter (browser worker, CLI and tests).
export { lintManifests, DEFAULT_MAX_DIAGNOSTICS } from './lint-manifests.ts';
export { loadExtensionsFor } from './extensions.ts';
export { DocumentCache } from './document-cache.ts';
export { extensionNeeds, needsExtensions } from './extension-needs.ts';
export type { ExtensionNeeds } from './extension-needs.ts';
export { registerCelEngine } from './custom-resources/cel.ts';
export type { CelEngine } from './custom-resources/cel.ts';
export { registerCompactSchema } from './schema-model.ts';
export { RULES, isRuleId, ruleInfo } from './rule-catalogue.ts';
export type { RuleId, RuleInfo } from './rule-catalogue.ts';
export { message } from './message.ts';
export type { ManifestMessage, MessageId } from './message.ts';
export { LATEST_K8S_VERSION, SUPPORTED_K8S_VERSIONS, isSupportedK8sVersion } from './k8s-versions.ts';
export { REMOVED_APIS } from './api-lifecycle.ts';
export type { RemovedApi } from './api-lifecycle.ts';
export { DEFAULT_MAX_INPUT_LENGTH, MAX_ALIAS_EXPANSION, MAX_NESTING_DEPTH } from './parse-documents.ts';
export type { ClusterNetworkProblem, ClusterNetworkRules } from './check-cluster-configuration.ts';
export type { Diagnostic, DocumentSummary, LintCoverage, LintOptions, LintResult, RuleLayer, Severity } from './types.ts';
