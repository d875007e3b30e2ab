// One SVG that follows both site themes. Mermaid draws a diagram with one palette at a time, so the
// render script draws it twice (light, dark) with the same id; when the two drawings are the same
// except for colour values, each colour that differs becomes `var(--dgm-N)`, and a small stylesheet
// inside the SVG gives every variable its light and its dark value. Pure string functions.
//
// Which value applies:
// - in a page: dark by default (Starlight shows its dark palette until its script sets data-theme,
//   and without JavaScript), light under `[data-theme=light]`;
// - printed (and in the PDF): always light, as the rest of the printed page;
// - the SVG opened on its own (no page around it): the reader's `prefers-color-scheme`.
// CSS variables in presentation attributes (fill="var(--dgm-3)") work in current browsers; the
// full-size files resolve them anyway (`resolveThemedSvg`), so no viewer depends on it.
import type { DiagramTheme } from './themes.ts';

/** Colour values as Mermaid writes them: hex, rgb()/rgba(), hsl()/hsla(). */
const colourPattern = /#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\([^()]*\)/g;

/**
 * Ids Mermaid numbers with a counter that lives as long as the page (sequence diagram actors `actor7`,
 * participants `root-73`): the second drawing gets other numbers. The merged SVG keeps the light drawing's
 * ids; a reference to one would differ too and be caught as a difference.
 */
const counterIds = /\bid="([A-Za-z][\w-]*?)\d+"/g;

/** Part of every render key: changing how renders are merged re-renders every diagram. */
export const themedSvgFormat = 1;

const themeStyleOpen = '<style data-diagram-themes="">';

export type ThemedSvgResult = { svg: string; variables: number } | { problem: string };

function themeStylesheet(id: string, pairs: { light: string; dark: string }[]): string {
	const block = (theme: 'light' | 'dark') => pairs.map((p, i) => `--dgm-${i}:${p[theme]}`).join(';');
	const root = `#${id}`;
	return (
		`${themeStyleOpen}${root}{${block('dark')}}` +
		`[data-theme=light] ${root}{${block('light')}}` +
		`@media (prefers-color-scheme:light){${root}:root{${block('light')}}}` +
		`@media print{${root}{${block('light')}}}</style>`
	);
}

/** Where two strings first differ, with a little context, for the render script's message. */
function firstDifference(a: string, b: string): string {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return `${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

/**
 * Merges a light and a dark drawing of one diagram (both drawn with the SVG id `id`) into one SVG,
 * or says why it cannot: the drawings differ in something other than colour values.
 */
export function mergeThemeRenders(light: string, dark: string, id: string): ThemedSvgResult {
	const lightParts = light.split(colourPattern);
	const darkParts = dark.split(colourPattern);
	const lightColours = light.match(colourPattern) ?? [];
	const darkColours = dark.match(colourPattern) ?? [];
	if (lightParts.length !== darkParts.length) {
		return { problem: `the drawings have ${lightColours.length} and ${darkColours.length} colour values` };
	}
	for (let i = 0; i < lightParts.length; i++) {
		const a = lightParts[i]!.replace(counterIds, 'id="$1#"');
		const b = darkParts[i]!.replace(counterIds, 'id="$1#"');
		if (a !== b) return { problem: `the drawings differ in more than colour: ${firstDifference(a, b)}` };
	}
	if (!light.includes(`id="${id}"`)) return { problem: `the drawing has no SVG id ${id}` };
	const pairs: { light: string; dark: string }[] = [];
	const index = new Map<string, number>();
	let merged = lightParts[0]!;
	lightColours.forEach((l, i) => {
		const d = darkColours[i]!;
		if (l === d) {
			merged += l;
		} else {
			const pairKey = `${l}\n${d}`;
			let n = index.get(pairKey);
			if (n === undefined) {
				n = pairs.length;
				index.set(pairKey, n);
				pairs.push({ light: l, dark: d });
			}
			merged += `var(--dgm-${n})`;
		}
		merged += lightParts[i + 1]!;
	});
	const sheet = themeStylesheet(id, pairs);
	// First thing inside the <svg>, before Mermaid's own <title>, <desc> and <style>.
	const svg = merged.replace(/<svg\b[^>]*>/, (open) => `${open}${sheet}`);
	return { svg, variables: pairs.length };
}

/** Whether an SVG is a two-theme render made by `mergeThemeRenders`. */
export function isThemedSvg(svg: string): boolean {
	return svg.includes(themeStyleOpen);
}

/**
 * The themed SVG drawn for one theme only, with plain colour values and no theme stylesheet: what the
 * full-size file of that theme shows, in any viewer.
 */
export function resolveThemedSvg(svg: string, theme: DiagramTheme): string {
	const start = svg.indexOf(themeStyleOpen);
	if (start < 0) return svg;
	const end = svg.indexOf('</style>', start) + '</style>'.length;
	const sheet = svg.slice(start, end);
	const id = /#([\w-]+)\{/.exec(sheet)?.[1] ?? '';
	const blockFor = theme === 'dark' ? `#${id}{` : `[data-theme=light] #${id}{`;
	const from = sheet.indexOf(blockFor) + blockFor.length;
	const values = new Map<string, string>();
	for (const declaration of sheet.slice(from, sheet.indexOf('}', from)).split(';')) {
		const colon = declaration.indexOf(':');
		if (colon > 0) values.set(declaration.slice(0, colon), declaration.slice(colon + 1));
	}
	const rest = svg.slice(0, start) + svg.slice(end);
	return rest.replace(/var\((--dgm-\d+)\)/g, (whole, name: string) => values.get(name) ?? whole);
}
