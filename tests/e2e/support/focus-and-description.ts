// What the playgrounds' keyboard tests share: what Chromium's accessibility tree reads as an element's
// description, the WCAG contrast of two computed colours, and the focus ring an element shows now.
import type { Locator, Page } from 'playwright-core';

/** What Chromium's accessibility tree says an element is described by (what a screen reader reads after its name). */
export async function accessibleDescription(page: Page, selector: string): Promise<string> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
		return String(nodes[0]?.description?.value ?? '');
	} finally {
		await cdp.detach();
	}
}

/** WCAG contrast ratio of two computed colours (`rgb(…)` / `rgba(…)`, alpha ignored). */
export function contrast(a: string, b: string): number {
	const luminance = (css: string) => {
		const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

export interface Ring {
	style: string;
	width: number;
	colour: string;
	/** The page's background, which the ring (drawn outside the box) sits on. */
	page: string;
}

/** The outline an element draws now, and the page background it is drawn on. */
export function ringOf(box: Locator): Promise<Ring> {
	return box.evaluate((el) => {
		const style = getComputedStyle(el);
		const opaque = (c: string) => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
		const page = [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor).find(opaque) ?? 'rgb(255, 255, 255)';
		return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, page };
	});
}
