// Messages between the page and the validation worker.
import type { LintResult } from '../../lib/manifest/index.ts';

export interface LintRequest {
	id: number;
	text: string;
	k8sVersion: string;
	disabledRules: string[];
}

export type LintResponse = { id: number; result: LintResult } | { id: number; error: string };

/**
 * The share link's hash for a request's state (encodeShareable; null when the text is too long for a link),
 * compressed in the worker a little after the answer, unless a newer request came first.
 */
export interface ShareMessage {
	id: number;
	shareable: string | null;
}

export type WorkerMessage = LintResponse | ShareMessage;
