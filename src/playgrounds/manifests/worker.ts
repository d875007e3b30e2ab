// Validation off the main thread: a 1 MB paste or an alias bomb costs the worker time, never the page.
import { lintManifests } from '../../lib/manifest/index.ts';
import type { LintRequest, LintResponse } from './protocol.ts';

self.addEventListener('message', (event: MessageEvent<LintRequest>) => {
	const { id, text, k8sVersion, disabledRules } = event.data;
	let response: LintResponse;
	try {
		response = { id, result: lintManifests(text, { k8sVersion, disabledRules }) };
	} catch (error) {
		// The core never throws on input; this is a bug, reported rather than swallowed.
		response = { id, error: String(error) };
	}
	self.postMessage(response);
});
