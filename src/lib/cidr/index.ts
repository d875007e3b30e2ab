// Public API of the CIDR planner core, for the web page, the CLI and the YAML validator.

export { analyzePlan } from './analyze.ts';
export { parseCidr, parseCidrList, splitList, MAX_CIDR_CHARS } from './parse.ts';
export { RULES, RULE_LIST, LIMITS } from './rules.ts';
export type { RuleInfo } from './rules.ts';
export { SPECIAL_RANGES, classify } from './ranges.ts';
export type { RangeCategory, SpecialRange, RangeHit } from './ranges.ts';
export { quote } from './text.ts';
export type {
	AnalyzeResult,
	Cidr,
	Count,
	Diagnostic,
	Family,
	FamilyPlan,
	Field,
	ListEntry,
	Message,
	ParseFailure,
	ParseResult,
	PlanInput,
	Severity,
	TextRange,
} from './types.ts';
