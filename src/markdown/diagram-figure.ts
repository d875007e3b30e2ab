// The HTML around a rendered diagram. Everything a reader or search engine needs as text
// (title, description) is in ordinary HTML, because Pagefind skips text inside <svg>.
import type { DiagramText } from '../lib/diagrams/source.ts';
import { diagramThemes, type DiagramTheme } from '../lib/diagrams/themes.ts';
import { minReadableWidth } from '../lib/diagrams/svg-size.ts';
import type { DiagramRender } from './diagram-store.ts';

export type DiagramLocale = 'en' | 'zh-cn';

const labels: Record<DiagramLocale, { description: string; notRendered: string; fullSize: string }> = {
	en: {
		fullSize: 'Open full size',
		description: 'Text description of the diagram',
		notRendered: 'This diagram has not been rendered yet; its source is shown instead.',
	},
	'zh-cn': {
		fullSize: '查看大图',
		description: '图的文字说明',
		notRendered: '此图尚未渲染，下面显示的是它的源码。',
	},
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Where the build publishes a render as a file of its own (src/integrations/diagram-files.ts). */
export function diagramFileHref(base: string, theme: DiagramTheme, key: string): string {
	return `${base.replace(/\/+$/, '')}/diagrams/${theme}/${key}.svg`;
}

function caption(text: DiagramText, locale: DiagramLocale, idBase: string, extra = ''): string {
	const paragraphs = text.description
		.split(/\n\s*\n/)
		.map((p) => `<p>${escapeHtml(p.replace(/\s*\n\s*/g, ' '))}</p>`)
		.join('');
	return (
		`<figcaption><span class="diagram-title" id="${idBase}-title">${escapeHtml(text.title)}</span>${extra}` +
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
	/** The diagram's render key (names its full-size files). */
	key: string;
	/** One render that follows both themes, or one per theme (the page's CSS shows the active one). */
	renders: DiagramRender[];
	/** The site's base path, for the full-size links. */
	base?: string;
}): string {
	const idBase = `dgm-${input.key}`;
	// Each render keeps a minimum width at which its smallest text is still readable (CSS, screens only);
	// a wider render than the column scrolls inside its box, which therefore joins the tab order.
	const images = input.renders
		.map((r) => {
			const minWidth = minReadableWidth(r.svg);
			const style = minWidth ? ` style="--diagram-min-width: ${minWidth}px"` : '';
			return `<div class="diagram-render" data-diagram-theme="${r.theme}"${style} tabindex="0" role="group" aria-labelledby="${idBase}-title">${labelSvg(r.svg, idBase)}</div>`;
		})
		.join('');
	// The full-size file comes in the site's two themes either way: the link for the active theme shows.
	const fullSize = diagramThemes
		.map(
			(theme) =>
				`<a class="diagram-full-size" data-diagram-link-theme="${theme}" href="${escapeHtml(diagramFileHref(input.base ?? '/', theme, input.key))}" aria-describedby="${idBase}-title">${labels[input.locale].fullSize}</a>`,
		)
		.join('');
	return `<figure class="diagram not-content">${images}${caption(input.text, input.locale, idBase, fullSize)}</figure>`;
}

export function buildFallbackHtml(input: { text: DiagramText; locale: DiagramLocale; source: string }): string {
	return (
		`<figure class="diagram diagram-stale not-content"><p class="diagram-stale-note">${labels[input.locale].notRendered}</p>` +
		`<pre><code>${escapeHtml(input.source)}</code></pre>${caption(input.text, input.locale, 'dgm-stale')}</figure>`
	);
}
