// Mermaid palettes that match Starlight's own light and dark colours (see @astrojs/starlight/style/props.css).
// Changing anything here changes every diagram's render key, so `npm run diagrams` re-renders them all.

export type DiagramTheme = 'light' | 'dark';
export const diagramThemes: readonly DiagramTheme[] = ['light', 'dark'];

/** Same families as the site's own stacks, Latin first, then CJK, so labels measure as readers see them. */
const fontFamily =
	"-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

interface Palette {
	background: string;
	text: string;
	muted: string;
	line: string;
	nodeFill: string;
	nodeBorder: string;
	accentFill: string;
	accentText: string;
	/** Fills for timeline sections and pie slices, in order; text on each must keep 4.5:1 contrast. */
	scale: string[];
}

const palettes: Record<DiagramTheme, Palette> = {
	light: {
		background: '#ffffff',
		text: '#23262f', // --sl-color-gray-1 (light)
		muted: '#545861',
		line: '#545861',
		nodeFill: '#eceef2', // --sl-color-gray-6 (light)
		nodeBorder: '#888b96',
		accentFill: '#d2d6fb', // --sl-color-accent-low (light)
		accentText: '#1a238f', // --sl-color-accent-high (light)
		scale: ['#d2d6fb', '#cdf2bd', '#fbe4b4', '#f4c9dc', '#e8cdf7', '#c3ecf3', '#eceef2', '#fcd9bd'],
	},
	dark: {
		background: '#17181c',
		text: '#eceef2', // --sl-color-gray-1 (dark)
		muted: '#c0c2c7',
		line: '#888b96',
		nodeFill: '#24272f', // --sl-color-gray-6 (dark)
		nodeBorder: '#545861',
		accentFill: '#172554', // --sl-color-accent-low (dark)
		accentText: '#b3c7ff', // --sl-color-accent-high (dark)
		scale: ['#1b2a5e', '#244017', '#4d3a12', '#521a33', '#3e1a52', '#14414a', '#353841', '#4f2a12'],
	},
};

/** The full Mermaid configuration for one theme: what the render script passes to `mermaid.initialize`. */
export function mermaidConfig(theme: DiagramTheme): Record<string, unknown> {
	const p = palettes[theme];
	const scaleVariables: Record<string, string> = {};
	p.scale.forEach((fill, i) => {
		scaleVariables[`cScale${i}`] = fill;
		scaleVariables[`cScaleLabel${i}`] = p.text;
		scaleVariables[`cScalePeer${i}`] = p.nodeBorder;
		scaleVariables[`pie${i + 1}`] = fill;
	});
	return {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: 'base',
		darkMode: theme === 'dark',
		// Mermaid draws some node outlines with rough.js; seed 0 means a random seed per drawing, so the light
		// and dark drawings would differ in their paths and could not share one SVG (themed-svg.ts).
		handDrawnSeed: 1,
		fontFamily,
		// Plain SVG <text>, not HTML in <foreignObject>: renders the same everywhere and scales with the figure.
		htmlLabels: false,
		flowchart: { htmlLabels: false, curve: 'basis', useMaxWidth: true },
		sequence: { useMaxWidth: true, mirrorActors: false },
		timeline: { useMaxWidth: true },
		themeVariables: {
			fontFamily,
			fontSize: '15px',
			background: p.background,
			primaryColor: p.nodeFill,
			primaryTextColor: p.text,
			primaryBorderColor: p.nodeBorder,
			secondaryColor: p.accentFill,
			secondaryTextColor: p.accentText,
			secondaryBorderColor: p.nodeBorder,
			tertiaryColor: p.background,
			tertiaryTextColor: p.text,
			tertiaryBorderColor: p.nodeBorder,
			lineColor: p.line,
			textColor: p.text,
			mainBkg: p.nodeFill,
			nodeBorder: p.nodeBorder,
			clusterBkg: p.background,
			clusterBorder: p.nodeBorder,
			titleColor: p.text,
			edgeLabelBackground: p.background,
			actorBkg: p.nodeFill,
			actorBorder: p.nodeBorder,
			actorTextColor: p.text,
			actorLineColor: p.line,
			signalColor: p.text,
			signalTextColor: p.text,
			labelBoxBkgColor: p.nodeFill,
			labelBoxBorderColor: p.nodeBorder,
			labelTextColor: p.text,
			loopTextColor: p.text,
			noteBkgColor: p.accentFill,
			noteTextColor: p.accentText,
			noteBorderColor: p.nodeBorder,
			activationBkgColor: p.accentFill,
			activationBorderColor: p.nodeBorder,
			sequenceNumberColor: p.background,
			...scaleVariables,
		},
	};
}

/** The page colour a render is drawn for: the full-size view of a diagram sits on it. */
export function diagramBackground(theme: DiagramTheme): string {
	return palettes[theme].background;
}
