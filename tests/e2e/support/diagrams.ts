// What a reader sees of each diagram on a page, measured in the page (pass to page.evaluate): how many
// renders show (one: either the render that follows both themes or the one for the active theme), which
// one, and which palette it is drawn in, read from the colour the SVG's text actually gets (dark text:
// the light palette). This is what tells a themed SVG that follows the site theme from one that does not.
export interface ShownDiagram {
	title: string;
	shown: number;
	render: string | undefined;
	palette: 'light' | 'dark' | undefined;
	width: number;
	height: number;
}

export const shownDiagrams = (): ShownDiagram[] =>
	[...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
		const shown = [...figure.querySelectorAll<HTMLElement>('.diagram-render')].filter((r) => r.getClientRects().length > 0);
		const svg = shown[0]?.querySelector('svg');
		const rgb = svg ? (getComputedStyle(svg).fill.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) : [];
		const luminance = rgb.length === 3 ? (rgb[0]! + rgb[1]! + rgb[2]!) / 3 : undefined;
		const box = svg?.getBoundingClientRect();
		return {
			title: figure.querySelector('.diagram-title')?.textContent ?? '',
			shown: shown.length,
			render: shown[0]?.dataset.diagramTheme,
			palette: luminance === undefined ? undefined : luminance < 128 ? 'light' : 'dark',
			width: box?.width ?? 0,
			height: box?.height ?? 0,
		};
	});
