import { analyzePlan as analyzePlanCore } from '../../../src/lib/cidr/index.ts';
import type { AnalyzeResult, Diagnostic, PlanInput } from '../../../src/lib/cidr/index.ts';
import { en } from '../../../src/lib/cidr/messages/en.ts';
import { zh } from '../../../src/lib/cidr/messages/zh.ts';
import { formatMessage } from '../../../src/lib/i18n/index.ts';

/** A diagnostic with its message formatted by each language's catalogue, as a page or the CLI shows it. */
export type TextDiagnostic = Diagnostic & { text: { en: string; zh: string } };
export type TextResult = Omit<AnalyzeResult, 'diagnostics'> & { diagnostics: TextDiagnostic[] };

export const withText = (d: Diagnostic): TextDiagnostic => ({ ...d, text: { en: formatMessage(en, d.message), zh: formatMessage(zh, d.message) } });

/** The engine's analysis, with each message formatted in both languages. */
export function analyzePlan(input: PlanInput): TextResult {
	const result = analyzePlanCore(input);
	return { ...result, diagnostics: result.diagnostics.map(withText) };
}

/** A sane baseline plan (the chapter's example) that individual cases override. */
export const BASE: PlanInput = { pod: '10.100.0.0/16', service: '10.200.0.0/16' };

export function analyze(overrides: Partial<PlanInput>): TextResult {
	return analyzePlan({ ...BASE, ...overrides });
}

export function find(result: TextResult, rule: string): TextDiagnostic[] {
	return result.diagnostics.filter((d) => d.rule === rule);
}

export function rules(result: AnalyzeResult | TextResult): string[] {
	return result.diagnostics.map((d) => d.rule);
}
