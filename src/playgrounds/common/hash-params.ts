// The share-link codec both playgrounds use: a plan or a manifest travels as `name=value&…` in the URL's
// hash (and the same text in localStorage). Reading is strict, because both can be tampered with: too long,
// an unknown or repeated name, or broken percent-encoding in a name makes the whole thing invalid — never
// a half-applied state. Text without any `name=value` is not ours (a heading anchor): the caller decides.
// Values stay as written: each playground decodes its own (percent-encoding, lz-string, lists).

export type HashProblem = { id: 'too-long' } | { id: 'encoding' } | { id: 'unknown'; name: string } | { id: 'duplicate'; name: string };

export type HashParams = { kind: 'empty' } | { kind: 'foreign'; text: string } | { kind: 'params'; values: Map<string, string> } | { kind: 'invalid'; problem: HashProblem };

/**
 * Splits a hash (with or without `#`) into its values by name. Names are percent-decoded (links written
 * by hand or by other tools may encode them); `names` are the ones the playground knows.
 */
export function readHashParams(raw: string, options: { maxChars: number; names: readonly string[] }): HashParams {
	const text = raw.startsWith('#') ? raw.slice(1) : raw;
	if (text === '') return { kind: 'empty' };
	if (text.length > options.maxChars) return { kind: 'invalid', problem: { id: 'too-long' } };
	if (!text.includes('=')) return { kind: 'foreign', text };
	const values = new Map<string, string>();
	for (const pair of text.split('&')) {
		const eq = pair.indexOf('=');
		let name: string;
		try {
			name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
		} catch {
			return { kind: 'invalid', problem: { id: 'encoding' } };
		}
		if (!options.names.includes(name)) return { kind: 'invalid', problem: { id: 'unknown', name } };
		if (values.has(name)) return { kind: 'invalid', problem: { id: 'duplicate', name } };
		values.set(name, eq < 0 ? '' : pair.slice(eq + 1));
	}
	return { kind: 'params', values };
}

/** `name=value&…` in the order given; values must already be encoded for a URL. */
export function writeHashParams(pairs: ReadonlyArray<readonly [name: string, value: string]>): string {
	return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
