// Every Kubernetes manifest shown on the site must be one the API server accepts: each ```yaml
// block with an apiVersion and a kind goes through the manifest validator (current release).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, listPages } from '../../scripts/lib/content.ts';
import { findFencedBlocks } from '../../src/lib/content/fenced-blocks.ts';
import { isManifestSnippet } from '../../src/lib/content/manifest-snippets.ts';
import { lintManifests } from '../../src/lib/manifest/index.ts';
import { enText } from '../lib/manifest/words.ts';

const manifests = listPages().flatMap((file) =>
	findFencedBlocks(readFileSync(join(contentDir, file), 'utf8'), 'yaml')
		.filter((b) => isManifestSnippet('yaml', b.code))
		.map((b) => ({ where: `src/content/docs/${file}:${b.line}`, code: b.code })),
);

describe('manifests shown in the pages', () => {
	it('exist', () => {
		expect(manifests.length).toBeGreaterThan(5);
	});

	it.each(manifests.map((m) => [m.where, m.code] as const))('%s is valid', (_where, code) => {
		const errors = lintManifests(code).diagnostics.filter((d) => d.severity === 'error');
		expect(errors.map((d) => `${d.line}:${d.column} ${d.rule} ${enText(d.message)}`)).toEqual([]);
	});
});
