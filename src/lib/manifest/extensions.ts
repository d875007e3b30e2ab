// Loads what a text needs beyond the core (see extension-needs.ts), once, with dynamic imports: for Node
// (the CLI, tests). The browser worker loads the same parts as separate bundles instead
// (src/playgrounds/manifests/worker.ts). lintManifests() stays synchronous and uses whatever is loaded.
import { registerCelEngine } from './custom-resources/cel.ts';
import { extensionNeeds } from './extension-needs.ts';
import { registerCompactSchema } from './schema-model.ts';

let cel: Promise<void> | undefined;
let gatewayApi: Promise<void> | undefined;

/** Loads the extensions this text needs (each at most once; a failed load is retried next time). */
export async function loadExtensionsFor(text: string): Promise<void> {
	const needs = extensionNeeds(text);
	const retryable = (promise: Promise<void>, reset: () => void) =>
		promise.catch((error: unknown) => {
			reset();
			throw error;
		});
	const tasks: Promise<void>[] = [];
	if (needs.cel) {
		cel ??= retryable(
			import('./custom-resources/cel-engine.ts').then((m) => registerCelEngine(m.createCelEngine())),
			() => (cel = undefined),
		);
		tasks.push(cel);
	}
	if (needs.gatewayApi) {
		gatewayApi ??= retryable(
			import('../../generated/gateway-api/schema.js').then((m) => registerCompactSchema(m.default)),
			() => (gatewayApi = undefined),
		);
		tasks.push(gatewayApi);
	}
	await Promise.all(tasks);
}
