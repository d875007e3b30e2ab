// Validation off the main thread: a 1 MB paste or an alias bomb costs the worker time, never the page.
// The CEL engine and the Gateway API schema are bundles of their own (Vite's `?worker&url`, as the editor
// bundles are), fetched only when a paste needs them; so the worker's own script does not grow.
import type { CelEngine } from '../../lib/manifest/custom-resources/cel.ts';
import { registerCelEngine } from '../../lib/manifest/custom-resources/cel.ts';
import { extensionNeeds } from '../../lib/manifest/extension-needs.ts';
import type { ExtensionNeeds } from '../../lib/manifest/extension-needs.ts';
import { DocumentCache } from '../../lib/manifest/document-cache.ts';
import { lintManifests } from '../../lib/manifest/lint-manifests.ts';
import { registerCompactSchema } from '../../lib/manifest/schema-model.ts';
import type { CompactSchema } from '../../lib/manifest/schema-types.ts';
import celBundleUrl from './cel-bundle.ts?worker&url';
import gatewayApiBundleUrl from './gateway-api-bundle.ts?worker&url';
import type { LintRequest, ShareMessage } from './protocol.ts';
import { encodeShareable } from './share.ts';
import { answer } from './worker-answer.ts';

declare function importScripts(...urls: string[]): void;

const loading = new Map<string, Promise<void>>();

/** Runs a bundle once; a classic worker has importScripts, a module worker dynamic import(). */
function runBundle(url: string): Promise<void> {
	let promise = loading.get(url);
	if (!promise) {
		promise = (async () => {
			try {
				importScripts(url);
			} catch {
				await import(/* @vite-ignore */ url);
			}
		})();
		promise.catch(() => loading.delete(url)); // retried on the next request
		loading.set(url, promise);
	}
	return promise;
}

async function loadExtensions(needs: ExtensionNeeds): Promise<void> {
	const global = globalThis as { kprimerCreateCelEngine?: () => CelEngine; kprimerGatewayApiSchema?: CompactSchema };
	await Promise.all([
		needs.cel ? runBundle(celBundleUrl).then(() => global.kprimerCreateCelEngine && registerCelEngine(global.kprimerCreateCelEngine())) : undefined,
		needs.gatewayApi ? runBundle(gatewayApiBundleUrl).then(() => global.kprimerGatewayApiSchema && registerCompactSchema(global.kprimerGatewayApiSchema)) : undefined,
	]);
}

// A keystroke changes one document: the others come parsed from here.
const documentCache = new DocumentCache();

/**
 * How long after an answer the worker compresses the share link, unless a newer request comes first: while
 * the reader types, compressing every text (15 ms and more for 60 kB) would only delay the next answer.
 */
const SHARE_AFTER_MS = 350;
let shareTimer: ReturnType<typeof setTimeout> | undefined;

self.addEventListener('message', (event: MessageEvent<LintRequest>) => {
	const request = event.data;
	clearTimeout(shareTimer);
	const answered = answer(request, {
		prepare: (text) => {
			const needs = extensionNeeds(text);
			return needs.cel || needs.gatewayApi ? loadExtensions(needs) : undefined;
		},
		lint: ({ text, k8sVersion, disabledRules }) => lintManifests(text, { k8sVersion, disabledRules, documentCache }),
		post: (response) => self.postMessage(response),
	});
	const shareSoon = () => {
		clearTimeout(shareTimer);
		shareTimer = setTimeout(() => {
			let shareable: string | null = null;
			try {
				shareable = encodeShareable(request) ?? null;
			} catch {
				// no link from here: the page compresses it itself when the link is used
			}
			self.postMessage({ id: request.id, shareable } satisfies ShareMessage);
		}, SHARE_AFTER_MS);
	};
	if (answered) void answered.then(shareSoon);
	else shareSoon();
});
