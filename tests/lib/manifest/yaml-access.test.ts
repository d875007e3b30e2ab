// Reading the YAML tree as Kubernetes does: field paths, and `<<` merges with their overrides.
import { describe, expect, it } from 'vitest';
import type { YAMLMap } from 'yaml';
import { parseDocuments } from '../../../src/lib/manifest/parse-documents.ts';
import { fields, formatPath, get, mergedFields } from '../../../src/lib/manifest/yaml-access.ts';

function mapAt(text: string, ...path: string[]): YAMLMap {
	const [document] = parseDocuments(text).documents;
	return get(document!.document.contents, ...path) as YAMLMap;
}

describe('formatPath', () => {
	it('joins plain keys with dots and quotes every other key', () => {
		expect(formatPath(['spec', 'containers', 0, 'image'])).toBe('spec.containers[0].image');
		expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe('metadata.labels["app.kubernetes.io/name"]');
		expect(formatPath(['data', '$key_1-x', '1abc', '-a', '', 'é', 'a b'])).toBe('data.$key_1-x["1abc"]["-a"][""]["é"]["a b"]');
		expect(formatPath([0, 'a'])).toBe('[0].a');
	});

	it('uses only the first `length` segments when given', () => {
		expect(formatPath(['spec', 'template', 'stale'], 2)).toBe('spec.template');
		expect(formatPath(['spec'], 0)).toBe('');
	});
});

describe('fields and mergedFields', () => {
	const text = 'base: &base { a: 1, b: 2 }\nmore: &more { c: 3 }\nmap:\n  b: explicit\n  <<: [*base, *more]\n  d: 4\n';

	it('lists explicit keys first, then what the merges add that no explicit key overrides', () => {
		const map = mapAt(text, 'map');
		expect(fields(map).map((f) => f.name)).toEqual(['b', 'd', 'a', 'c']);
		expect(mergedFields(map).map((f) => f.name)).toEqual(['a', 'c']);
		// A merged field is located on the alias it came through.
		expect(mergedFields(map).map((f) => text.slice(f.locator.range![0], f.locator.range![1]))).toEqual(['*base', '*more']);
	});

	it('finds nothing merged in a map without merge keys', () => {
		expect(mergedFields(mapAt(text, 'base'))).toEqual([]);
	});
});
