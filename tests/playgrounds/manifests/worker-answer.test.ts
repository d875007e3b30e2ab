import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import type { LintResult } from '../../../src/lib/manifest/index.ts';
import type { LintRequest, LintResponse } from '../../../src/playgrounds/manifests/protocol.ts';
import { answer } from '../../../src/playgrounds/manifests/worker-answer.ts';
import type { AnswerSteps } from '../../../src/playgrounds/manifests/worker-answer.ts';

const request: LintRequest = { id: 7, text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n', k8sVersion: '1.37', disabledRules: [] };
const realLint = (r: LintRequest) => lintManifests(r.text, { k8sVersion: r.k8sVersion, disabledRules: r.disabledRules });
const bug = () => {
	throw new TypeError('x is undefined');
};

/** Steps whose post copies the answer the way postMessage does (structuredClone), and records it. */
function steps(overrides: Partial<AnswerSteps>): { steps: AnswerSteps; posted: LintResponse[] } {
	const posted: LintResponse[] = [];
	return { posted, steps: { prepare: () => undefined, lint: realLint, post: (r) => posted.push(structuredClone(r)), ...overrides } };
}

describe('the validation worker answers every request once', () => {
	it('answers with the result, at once when nothing needs loading', () => {
		const { steps: s, posted } = steps({});
		expect(answer(request, s)).toBeUndefined();
		expect(posted).toHaveLength(1);
		expect(posted[0]).toMatchObject({ id: 7, result: { documents: [{ kind: 'ConfigMap' }] } });
	});

	it('reports a validator that throws as an error answer', () => {
		const { steps: s, posted } = steps({ lint: bug });
		answer(request, s);
		expect(posted).toEqual([{ id: 7, error: 'TypeError: x is undefined' }]);
	});

	it('reports a validator that throws after an extension loaded', async () => {
		const { steps: s, posted } = steps({ prepare: () => Promise.resolve(), lint: bug });
		await answer(request, s);
		expect(posted).toEqual([{ id: 7, error: 'TypeError: x is undefined' }]);
	});

	it('checks without the extension when its bundle fails to load', async () => {
		const { steps: s, posted } = steps({ prepare: () => Promise.reject(new Error('404')) });
		await answer(request, s);
		expect(posted).toMatchObject([{ id: 7, result: { documents: [{ kind: 'ConfigMap' }] } }]);
		const { steps: s2, posted: posted2 } = steps({ prepare: bug });
		await answer(request, s2);
		expect(posted2).toMatchObject([{ id: 7, result: { documents: [{ kind: 'ConfigMap' }] } }]);
	});

	it('reports a result the browser cannot copy to the page as an error answer (this used to post nothing: an unhandled rejection after loading an extension)', async () => {
		const uncopyable = (r: LintRequest): LintResult => ({ ...realLint(r), coverage: { notChecked: [() => 0] } as unknown as LintResult['coverage'] });
		for (const prepare of [() => undefined, () => Promise.resolve()]) {
			const { steps: s, posted } = steps({ prepare, lint: uncopyable });
			await answer(request, s);
			expect(posted).toHaveLength(1);
			expect(posted[0]).toMatchObject({ id: 7, error: expect.stringMatching(/DataCloneError|could not be cloned/) });
		}
	});
});
