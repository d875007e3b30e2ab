// Copying for both playgrounds: the Clipboard API where the page may use it; otherwise (no permission, e.g.
// plain http on an intranet) the text is selected in `fallback` so the reader can press Ctrl+C.

/** True when the text is on the clipboard; false when it was selected for the reader to copy instead. */
export async function copyText(text: string, fallback?: Element): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		if (fallback instanceof HTMLInputElement || fallback instanceof HTMLTextAreaElement) fallback.select();
		else if (fallback) {
			const range = document.createRange();
			range.selectNodeContents(fallback);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
		}
		return false;
	}
}
