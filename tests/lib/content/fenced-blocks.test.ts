import { describe, expect, it } from 'vitest';
import { findFencedBlocks } from '../../../src/lib/content/fenced-blocks.ts';

describe('findFencedBlocks', () => {
	const page = ['```yaml title="pod.yaml"', 'kind: Pod', '```', '```yamlx', 'no', '```', '~~~yaml', 'kind: Service', '~~~', '```c++', 'int x;', '```'].join('\n');

	it('matches the language exactly, with or without an info string, for both fence characters', () => {
		expect(findFencedBlocks(page, 'yaml')).toEqual([
			{ code: 'kind: Pod', line: 1 },
			{ code: 'kind: Service', line: 7 },
		]);
	});

	it('treats the language name literally', () => {
		expect(findFencedBlocks(page, 'c++')).toEqual([{ code: 'int x;', line: 10 }]);
	});
});
