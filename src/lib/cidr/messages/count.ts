// How a count reads in a message: grouped digits in the reader's language (Intl) up to a billion, and
// powers of two (or 2^n − 1, 2^n − 2) written as such beyond, where digits stop meaning anything.
import { formatNumber } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/index.ts';

export function formatCount(lang: Lang, value: bigint | number | string): string {
	const v = BigInt(value);
	if (v < 1_000_000_000n) return formatNumber(lang, v);
	for (const delta of [0n, 1n, 2n]) {
		const w = v + delta;
		if ((w & (w - 1n)) === 0n) {
			const exp = w.toString(2).length - 1;
			return delta === 0n ? `2^${exp}` : `2^${exp} − ${delta}`;
		}
	}
	return v.toString();
}
