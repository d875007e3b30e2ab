// Validation off the main thread: a 1 MB paste or an alias bomb costs the worker time, never the page.
// The CEL engine and the Gateway API schema are separate chunks, fetched only when a text needs them.
import { lintManifests, loadExtensionsFor, needsExtensions } from '../../lib/manifest/index.ts';
import type { LintRequest, LintResponse } from './protocol.ts';

function lint({ id, text, k8sVersion, disabledRules }: LintRequest): LintResponse {
	try {
		return { id, result: lintManifests(text, { k8sVersion, disabledRules }) };
	} catch (error) {
		// The core never throws on input; this is a bug, reported rather than swallowed.
		return { id, error: String(error) };
	}
}

self.addEventListener('message', (event: MessageEvent<LintRequest>) => {
	const request = event.data;
	if (!needsExtensions(request.text)) {
		self.postMessage(lint(request));
		return;
	}
	// If a chunk cannot load (offline copy missing a file), lint without it: the objects stay "not checked".
	loadExtensionsFor(request.text)
		.catch(() => undefined)
		.then(() => self.postMessage(lint(request)));
});
