// Safe display of untrusted text inside messages: bounded length, control and bidi characters escaped.
// Messages are plain text; whoever renders them into HTML must still escape them (the page uses textContent).

export const MAX_SHOWN_CHARS = 40;

function escapeChar(ch: string): string {
	const code = ch.codePointAt(0) ?? 0;
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

// C0/C1 controls, DEL, line/paragraph separators, bidi embeddings/overrides/isolates, zero-width characters, BOM.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** Quote a user-supplied value for a message: at most MAX_SHOWN_CHARS characters, unsafe characters escaped. */
export function quote(value: string, max = MAX_SHOWN_CHARS): string {
	const chars = Array.from(value);
	const clipped = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
	return `"${clipped.replace(UNSAFE, escapeChar)}"`;
}
