// "Did you mean …?": the bit-parallel distance must give exactly the answers of the plain table algorithm.
import { describe, expect, it } from 'vitest';
import { closest, Vocabulary } from '../../../src/lib/manifest/suggest.ts';

// Reference only, for this test: optimal-string-alignment distance by filling the whole table, and the
// search closest() is specified to do with it.
function referenceDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	}
	return d[a.length]![b.length]!;
}

function referenceClosest(word: string, candidates: readonly string[]): string | undefined {
	const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
		const distance = referenceDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

describe('closest', () => {
	it('finds typos, swaps and case differences in field names', () => {
		const fields = ['containers', 'initContainers', 'nodeSelector', 'restartPolicy', 'volumes'];
		expect(closest('containres', fields)).toBe('containers');
		expect(closest('contianers', fields)).toBe('containers'); // an adjacent swap is one edit
		expect(closest('NodeSelector', fields)).toBe('nodeSelector');
		expect(closest('volume', fields)).toBe('volumes');
		expect(closest('replicas', fields)).toBeUndefined();
		expect(closest('', fields)).toBeUndefined();
	});

	it('prefers the first of equally close candidates, and an equal one (ignoring case) over any other', () => {
		expect(closest('cat', ['bat', 'hat', 'cat'])).toBe('cat');
		expect(closest('cat', ['bat', 'hat'])).toBe('bat');
		expect(closest('Cat', ['cut', 'CAT'])).toBe('CAT');
	});

	it('handles words longer than 32 characters (past the bit-parallel limit) and non-ASCII characters', () => {
		const long = 'preferredDuringSchedulingIgnoredDuringExecution';
		expect(closest('preferredDuringSchedulingIgnoredDuringExecutoin', [long, 'requiredDuringSchedulingIgnoredDuringExecution'])).toBe(long);
		expect(closest('namé', ['name', 'names'])).toBe('name');
		expect(closest('容器名', ['容器', '镜像'])).toBe('容器');
	});

	it('agrees with the reference on random words and candidate lists', () => {
		let seed = 42;
		const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
		const alphabets = ['ab', 'abcA', 'abcdefgh', 'aé中-'];
		const word = (alphabet: string, max: number) => Array.from({ length: Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
		for (let round = 0; round < 3000; round++) {
			const alphabet = alphabets[round % alphabets.length]!;
			const max = round % 5 === 0 ? 40 : 12;
			const target = word(alphabet, max);
			const candidates = Array.from({ length: 1 + Math.floor(random() * 6) }, () => word(alphabet, max));
			// Some candidates are small edits of the target, so that there is something to find.
			if (target.length > 1) candidates.push(target.slice(1), `${target.slice(0, -2)}${target.at(-1)}${target.at(-2)}`);
			expect(closest(target, candidates), JSON.stringify({ target, candidates })).toBe(referenceClosest(target, candidates));
			expect(new Vocabulary(candidates).closest(target)).toBe(referenceClosest(target, candidates));
		}
	});
});
