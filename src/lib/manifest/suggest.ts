// "Did you mean …?" for misspelt field names, kinds and enum values.

/** Optimal-string-alignment distance (an adjacent swap such as "contianers" is one edit), capped at limit + 1. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
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
		if (rowBest > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** The closest candidate within a small edit distance (or equal ignoring case), if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	const lower = word.toLowerCase();
	const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		const other = candidate.toLowerCase();
		if (other === lower) return candidate;
		const distance = editDistance(lower, other, limit);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
