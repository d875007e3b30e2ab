// A share link and a heading anchor both live in the URL's hash; a playground tells them apart by asking
// whether the hash names an element of the page.

/** The hash text decoded as an element id; text that does not decode cannot be one. */
export function hashAsId(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return '';
	}
}
