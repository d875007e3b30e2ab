import { describe, expect, it } from 'vitest';
import { isLargePaste, LARGE_PASTE_CHARACTERS, LARGE_PASTE_LINES } from '../../../src/playgrounds/common/large-paste.ts';

describe('isLargePaste', () => {
	it('leaves pastes up to the line limit to the browser', () => {
		expect(isLargePaste('')).toBe(false);
		expect(isLargePaste('a: 1\n')).toBe(false);
		expect(isLargePaste('x\n'.repeat(LARGE_PASTE_LINES))).toBe(false);
	});
	it('takes pastes with more lines', () => {
		expect(isLargePaste('x\n'.repeat(LARGE_PASTE_LINES + 1))).toBe(true);
		expect(isLargePaste(`${'x\n'.repeat(LARGE_PASTE_LINES)}x\nlast line without a newline`)).toBe(true);
	});
	it('takes few long lines past the character limit', () => {
		expect(isLargePaste('v'.repeat(LARGE_PASTE_CHARACTERS))).toBe(false);
		expect(isLargePaste('v'.repeat(LARGE_PASTE_CHARACTERS + 1))).toBe(true);
	});
});
