// The CIDR playground's words count bits with Intl's plural rules.
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../../src/playgrounds/cidr/words-en.ts';

describe('CIDR playground words', () => {
	it('say "1 host bit" and "2 host bits"', () => {
		expect(WORDS.view.rulerText('Node network', '10.0.0.0/31', 31, undefined, undefined, 1)).toBe('Node network 10.0.0.0/31: 31 network bits, 1 host bit.');
		expect(WORDS.view.rulerText('Pod network', '10.244.0.0/16', 16, 8, 24, 8)).toBe(
			'Pod network 10.244.0.0/16: 16 network bits, 8 bits number the per-node /24 ranges, 8 host bits per node.',
		);
		expect(WORDS.view.rulerText('Pod network', '10.244.0.0/23', 23, 1, 24, 8)).toContain('1 bit numbers the per-node /24 ranges');
	});
});
