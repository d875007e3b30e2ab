// Public API of the CIDR planner core, for the web page, the CLI and the YAML validator.

export { analyzePlan } from './analyze.ts';
export { parseCidr, parseCidrList, splitList, MAX_CIDR_CHARS } from './parse.ts';
export { RULES, LIMITS } from './rules.ts';
export type { RuleInfo, RuleId } from './rules.ts';
export { message } from './message.ts';
export type { CidrMessage, MessageId } from './message.ts';
// The rule catalogue (RULE_LIST, with summaries and sources) is imported from ./rule-catalogue.ts directly,
// so code that only runs the rules does not carry it.
export { SPECIAL_RANGES, classify } from './ranges.ts';
export type { RangeCategory, SpecialRange, RangeHit } from './ranges.ts';
export { quote } from './text.ts';
// The kubeadm configuration the plan becomes (written here, read and edited by src/lib/cluster-config).
export { KUBEADM_API_VERSION, KUBEADM_DEFAULT_SERVICE_SUBNET, KUBELET_API_VERSION, MASK_FLAGS, kubeadmConfigText, yamlInteger, yamlString } from './kubeadm-config.ts';
export type { KubeadmConfigValues, MaskField } from './kubeadm-config.ts';
export type { AnalyzeResult, Cidr, Count, Diagnostic, Family, FamilyPlan, Field, ListEntry, ParseFailure, ParseResult, PlanInput, Severity, TextRange } from './types.ts';
