// How the validation worker answers one request, apart from the worker's globals so it can be tested: every
// request gets exactly one answer, a result or an error. A bug that throws (in the validator, in loading a
// bundle's engine, or in posting a result the browser cannot copy) must reach the page as a failure it
// shows, never as silence that leaves the verdict pending until the watchdog gives up.
import type { LintResult } from '../../lib/manifest/index.ts';
import type { LintRequest, LintResponse } from './protocol.ts';

export interface AnswerSteps {
	/** Loads what the text needs before it is checked (the CEL engine, the Gateway API schema); undefined when nothing. */
	prepare(text: string): Promise<void> | undefined;
	lint(request: LintRequest): LintResult;
	post(response: LintResponse): void;
}

const failure = (id: number, error: unknown): LintResponse => ({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });

function respond(request: LintRequest, steps: AnswerSteps): void {
	let response: LintResponse;
	try {
		response = { id: request.id, result: steps.lint(request) };
	} catch (error) {
		// The core never throws on input; this is a bug, reported rather than swallowed.
		response = failure(request.id, error);
	}
	try {
		steps.post(response);
	} catch (error) {
		steps.post(failure(request.id, error)); // e.g. a result structuredClone refuses
	}
}

/** Answers at once when nothing needs loading (the common case: no waiting on a promise), else after loading. */
export function answer(request: LintRequest, steps: AnswerSteps): Promise<void> | undefined {
	let loading: Promise<void> | undefined;
	try {
		loading = steps.prepare(request.text);
	} catch {
		loading = undefined; // checked without the extension: its objects stay "not checked"
	}
	if (!loading) {
		respond(request, steps);
		return undefined;
	}
	// If a bundle cannot load (an offline copy missing a file), lint without it: the objects stay "not checked".
	return loading.then(
		() => respond(request, steps),
		() => respond(request, steps),
	);
}
