// The worker's document cache: only changed documents are parsed again, and the results are exactly those
// of a parse from scratch, whatever the edit (values, lengths, order, duplicates, errors, directives).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentCache, lintManifests } from '../../../src/lib/manifest/index.ts';
import { YAML_OPTIONS } from '../../../src/lib/manifest/parse-documents.ts';

const dir = new URL('../../fixtures/manifests/', import.meta.url);
const fixtures = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => readFileSync(new URL(f, dir), 'utf8').trim());
const base = fixtures.map((f) => (f.startsWith('---') ? f : `---\n${f}`)).join('\n');

const edits: [string, (text: string) => string][] = [
	['unchanged', (t) => t],
	['a longer value in an early document', (t) => t.replace('replicas: ', 'replicas: 1')],
	['a new document in front', (t) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\ndata:\n  a: "1"\n${t}`],
	[
		'a document removed',
		(t) =>
			t
				.split(/^(?=---)/m)
				.filter((_, i) => i !== 2)
				.join(''),
	],
	['the same document twice', (t) => `${t}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: twin\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: twin\n`],
	['a syntax error in one document', (t) => t.replace('kind: ', 'kind: : [')],
	['a document before the first ---', (t) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: head\n${t}`],
	['only a comment before the first ---', (t) => `# just a comment\n${t}`],
	['a %YAML directive', (t) => `%YAML 1.1\n${t}`],
	['CRLF line ends', (t) => t.replaceAll('\n', '\r\n')],
	['back to the start', () => base],
];

describe('DocumentCache', () => {
	it('gives the same lint result as parsing from scratch, edit after edit', () => {
		const cache = new DocumentCache();
		let text = base;
		for (const [name, edit] of edits) {
			text = edit(text);
			const fresh = lintManifests(text);
			const cached = lintManifests(text, { documentCache: cache });
			expect({ name, ...cached }).toEqual({ name, ...fresh });
		}
	});

	it('reuses the documents that did not change', () => {
		const cache = new DocumentCache();
		const first = cache.parse(base, YAML_OPTIONS)!;
		expect(first.length).toBeGreaterThan(fixtures.length); // some fixtures hold several documents
		const edited = base.replace(/name: [a-z-]+/, (m) => `${m}-x`);
		const second = cache.parse(edited, YAML_OPTIONS)!;
		const reused = second.filter((doc, i) => doc === first[i]).length;
		expect(reused).toBe(first.length - 1);
	});
});
