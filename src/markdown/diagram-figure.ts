// The HTML around a rendered diagram. Everything a reader or search engine needs as text
// (title, description) is in ordinary HTML, because Pagefind skips text inside <svg>.
import type { DiagramText } from '../lib/diagrams/source.ts';
import type { DiagramTheme } from '../lib/diagrams/themes.ts';

export type DiagramLocale = 'en' | 'zh-cn';

const labels: Record<DiagramLocale, { description: string; notRendered: string }> = {
	en: {
		description: 'Text description of the diagram',
		notRendered: 'This diagram has not been rendered yet; its source is shown instead.',
	},
	'zh-cn': {
		description: '图的文字说明',
		notRendered: '此图尚未渲染，下面显示的是它的源码。',
	},
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function caption(text: DiagramText, locale: DiagramLocale, idBase: string): string {
	const paragraphs = text.description
		.split(/\n\s*\n/)
		.map((p) => `<p>${escapeHtml(p.replace(/\s*\n\s*/g, ' '))}</p>`)
		.join('');
	return (
		`<figcaption><span class="diagram-title" id="${idBase}-title">${escapeHtml(text.title)}</span>` +
		`<details class="diagram-description"><summary>${labels[locale].description}</summary>` +
		`<div id="${idBase}-desc">${paragraphs}</div></details></figcaption>`
	);
}

/** Points the SVG's accessible name and description at the HTML caption instead of Mermaid's own. */
function labelSvg(svg: string, idBase: string): string {
	return svg.replace(/<svg\b([^>]*)>/, (_whole, attrs: string) => {
		const kept = attrs.replace(/\s(?:aria-labelledby|aria-describedby|role)="[^"]*"/g, '');
		return `<svg${kept} role="img" aria-labelledby="${idBase}-title" aria-describedby="${idBase}-desc">`;
	});
}

export function buildFigureHtml(input: {
	text: DiagramText;
	locale: DiagramLocale;
	renders: { theme: DiagramTheme; key: string; svg: string }[];
}): string {
	const idBase = `dgm-${input.renders[0]?.key ?? 'x'}`;
	const images = input.renders
		.map((r) => `<div class="diagram-render" data-diagram-theme="${r.theme}">${labelSvg(r.svg, idBase)}</div>`)
		.join('');
	return `<figure class="diagram not-content">${images}${caption(input.text, input.locale, idBase)}</figure>`;
}

export function buildFallbackHtml(input: { text: DiagramText; locale: DiagramLocale; source: string }): string {
	return (
		`<figure class="diagram diagram-stale not-content"><p class="diagram-stale-note">${labels[input.locale].notRendered}</p>` +
		`<pre><code>${escapeHtml(input.source)}</code></pre>${caption(input.text, input.locale, 'dgm-stale')}</figure>`
	);
}
