// How big a rendered diagram must be drawn for its text to stay readable. A browser scales an SVG's
// text with the SVG: rendered size = font size × (rendered width / viewBox width). Mermaid writes every
// font size as `font-size: Npx` (its <style> rules, inline styles) or a font-size attribute, so the
// smallest of those is the smallest text the diagram can show.

/** Smallest text a diagram may show on screen, in CSS pixels (issue 14: phones). */
export const minReadableTextPx = 11;

export function viewBoxSize(svg: string): { width: number; height: number } | undefined {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const box = /\bviewBox="([^"]+)"/
		.exec(root)?.[1]
		?.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n)) || box[2]! <= 0 || box[3]! <= 0) return undefined;
	return { width: box[2]!, height: box[3]! };
}

/** The smallest font size the SVG declares, in its own units (viewBox pixels). */
export function smallestFontSize(svg: string): number | undefined {
	const sizes = [...svg.matchAll(/font-size(?:\s*:\s*|="\s*)([\d.]+)(?:px)?/g)].map((m) => Number(m[1])).filter((n) => n > 0);
	return sizes.length ? Math.min(...sizes) : undefined;
}

/**
 * The narrowest the SVG may be drawn so that its smallest text is still `textPx` on screen; undefined
 * when the SVG has no viewBox or no font size to go by.
 */
export function minReadableWidth(svg: string, textPx = minReadableTextPx): number | undefined {
	const box = viewBoxSize(svg);
	const font = smallestFontSize(svg);
	if (!box || !font) return undefined;
	return Math.ceil((box.width * textPx) / font);
}

/**
 * The render as a file of its own (the "full size" view): drawn at its natural size, or larger when
 * its text would be smaller than `textPx` there, on the page colour it was drawn for.
 */
export function standaloneSvg(svg: string, background: string, textPx = 14): string {
	const box = viewBoxSize(svg);
	const font = smallestFontSize(svg);
	if (!box) return svg;
	const scale = Math.max(1, font ? textPx / font : 1);
	const width = Math.ceil(box.width * scale);
	const height = Math.ceil(box.height * scale);
	return svg.replace(/<svg\b([^>]*)>/, (_whole, attrs: string) => {
		const kept = attrs.replace(/\s(?:width|height|style)="[^"]*"/g, '');
		return `<svg${kept} width="${width}" height="${height}" style="background-color: ${background}">`;
	});
}
