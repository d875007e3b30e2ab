// What a paste may need beyond the core, loaded once and only when the text asks for it: the CEL engine
// for CRDs with x-kubernetes-validations, and the bundled Gateway API schema for objects of
// gateway.networking.k8s.io. Dynamic imports, so that in the browser each is a chunk of its own that no
// page downloads up front; lintManifests() itself stays synchronous and uses whatever has been loaded.
import { celEngine, registerCelEngine } from './custom-resources/cel.ts';
import { registerCompactSchema } from './schema-model.ts';

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
let gatewayApi: Promise<void> | undefined;
let cel: Promise<void> | undefined;

/** Does linting this text need an extension that is not loaded yet? */
export function needsExtensions(text: string): boolean {
	return (!celEngine() && text.includes('x-kubernetes-validations')) || (!gatewayApi && text.includes(`${GATEWAY_API_GROUP}/`));
}

/** Loads the extensions this text needs (each at most once; a failed load is retried next time). */
export async function loadExtensionsFor(text: string): Promise<void> {
	const tasks: Promise<void>[] = [];
	if (!celEngine() && text.includes('x-kubernetes-validations')) {
		cel ??= import('./custom-resources/cel-engine.ts').then(
			(m) => registerCelEngine(m.createCelEngine()),
			(error: unknown) => {
				cel = undefined;
				throw error;
			},
		);
		tasks.push(cel);
	}
	if (text.includes(`${GATEWAY_API_GROUP}/`)) {
		gatewayApi ??= import('../../generated/gateway-api/schema.js').then(
			(m) => registerCompactSchema(m.default),
			(error: unknown) => {
				gatewayApi = undefined;
				throw error;
			},
		);
		tasks.push(gatewayApi);
	}
	await Promise.all(tasks);
}
