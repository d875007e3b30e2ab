import { analyzePlan } from '../../../src/lib/cidr/index.ts';
import type { AnalyzeResult, Diagnostic, PlanInput } from '../../../src/lib/cidr/index.ts';

/** A sane baseline plan (the chapter's example) that individual cases override. */
export const BASE: PlanInput = { pod: '10.100.0.0/16', service: '10.200.0.0/16' };

export function analyze(overrides: Partial<PlanInput>): AnalyzeResult {
	return analyzePlan({ ...BASE, ...overrides });
}

export function find(result: AnalyzeResult, rule: string): Diagnostic[] {
	return result.diagnostics.filter((d) => d.rule === rule);
}

export function rules(result: AnalyzeResult): string[] {
	return result.diagnostics.map((d) => d.rule);
}
