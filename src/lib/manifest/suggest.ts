// "Did you mean …?" for misspelt field names, kinds and enum values.
//
// The distance is the optimal-string-alignment distance: insertions, deletions, substitutions and
// swaps of two adjacent characters ("contianers") each count as one edit. Words of up to 32 characters
// (nearly all) are compared with Hyyrö's bit-parallel algorithm, one 32-bit word per step instead of a
// table row; longer ones fill the table.

/** The longest word the bit-parallel algorithm takes: one bit per character of a 32-bit integer. */
const MAX_BIT_PARALLEL = 32;

// Where each character occurs in the word being searched for, one bit per position ("Peq" in Hyyrö's
// paper): set for the duration of one search.
const asciiPositions = new Int32Array(128);
const otherPositions = new Map<number, number>();

function setPositions(word: string): void {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c < 128) asciiPositions[c]! |= 1 << i;
		else otherPositions.set(c, (otherPositions.get(c) ?? 0) | (1 << i));
	}
}

function clearPositions(word: string): void {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c < 128) asciiPositions[c] = 0;
	}
	if (otherPositions.size > 0) otherPositions.clear(); // clear() allocates a new table
}

/**
 * Distance from the word whose positions are set (length 1 to 32) to `text`: H. Hyyrö, "A bit-vector
 * algorithm for computing Levenshtein and Damerau edit distances", Nordic Journal of Computing 10 (2003).
 * Bits above the word's length carry garbage, but carries and shifts only move upwards, so bit m-1 —
 * the one read — is exact.
 */
function bitParallelDistance(length: number, text: string): number {
	const last = 1 << (length - 1);
	let vp = -1;
	let vn = 0;
	let d0 = 0;
	let previousMatches = 0;
	let distance = length;
	for (let j = 0; j < text.length; j++) {
		const c = text.charCodeAt(j);
		const matches = c < 128 ? asciiPositions[c]! : (otherPositions.get(c) ?? 0);
		const transpositions = ((~d0 & matches) << 1) & previousMatches;
		d0 = (((matches & vp) + vp) ^ vp) | matches | vn | transpositions;
		let hp = vn | ~(d0 | vp);
		let hn = d0 & vp;
		if (hp & last) distance++;
		if (hn & last) distance--;
		hp = (hp << 1) | 1;
		hn <<= 1;
		vp = hn | ~(d0 | hp);
		vn = hp & d0;
		previousMatches = matches;
	}
	return distance;
}

/** The same distance by filling the table row by row, for words too long for one 32-bit integer; above limit, any value > limit. */
function tableDistance(a: string, b: string, limit: number): number {
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
			current.push(value);
			rowBest = Math.min(rowBest, value);
		}
		// Row minima never decrease, so no later row can come back within the limit.
		if (rowBest > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** The first of the closest candidates within a small edit distance (or equal ignoring case), if any. */
function closestIn(word: string, candidates: readonly string[], lowered: readonly string[]): string | undefined {
	const lower = word.toLowerCase();
	const bitParallel = lower.length > 0 && lower.length <= MAX_BIT_PARALLEL;
	if (bitParallel) setPositions(lower);
	let best: string | undefined;
	// Only a strictly closer candidate can win, so the bound shrinks as better ones are found.
	let bestDistance = (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3) + 1;
	for (let i = 0; i < candidates.length; i++) {
		const other = lowered[i]!;
		// bestDistance ≥ 1, so this also lets through every candidate of the word's length (an equal one).
		if (Math.abs(other.length - lower.length) >= bestDistance) continue;
		if (other === lower) {
			best = candidates[i];
			break;
		}
		const distance = bitParallel ? bitParallelDistance(lower.length, other) : tableDistance(lower, other, bestDistance - 1);
		if (distance < bestDistance) {
			best = candidates[i];
			bestDistance = distance;
		}
	}
	if (bitParallel) clearPositions(lower);
	return best;
}

/** The closest candidate within a small edit distance (or equal ignoring case), if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	const list = [...candidates];
	return closestIn(
		word,
		list,
		list.map((c) => c.toLowerCase()),
	);
}

/** A fixed list of candidates (such as a type's field names), lowercased once for repeated searches. */
export class Vocabulary {
	private readonly words: readonly string[];
	private readonly lowered: readonly string[];

	constructor(words: readonly string[]) {
		this.words = words;
		this.lowered = words.map((w) => w.toLowerCase());
	}

	/** Same answer as closest(word, words). */
	closest(word: string): string | undefined {
		return closestIn(word, this.words, this.lowered);
	}
}
