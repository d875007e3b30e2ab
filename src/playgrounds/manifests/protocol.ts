// Messages between the page and the validation worker.
import type { LintResult } from '../../lib/manifest/index.ts';

export interface LintRequest {
	id: number;
	text: string;
	k8sVersion: string;
	disabledRules: string[];
}

export type LintResponse = { id: number; result: LintResult } | { id: number; error: string };
