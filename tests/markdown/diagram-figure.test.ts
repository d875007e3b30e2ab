import { describe, expect, it } from 'vitest';
import { buildFallbackHtml, buildFigureHtml, escapeHtml } from '../../src/markdown/diagram-figure.ts';
import { withBase } from '../../src/markdown/remark-base-links.ts';

const svg = (id: string) =>
	`<svg id="${id}" aria-labelledby="chart-title-${id}" aria-roledescription="timeline" role="graphics-document document"><title id="chart-title-${id}">x</title><g/></svg>`;

describe('buildFigureHtml', () => {
	const html = buildFigureHtml({
		text: { title: 'Pods & <Services>', description: 'First paragraph\ncontinues.\n\nSecond "one".' },
		locale: 'en',
		key: 'k1',
		renders: [
			{ theme: 'light', svg: svg('a') },
			{ theme: 'dark', svg: svg('b') },
		],
	});
	const themed = buildFigureHtml({ text: { title: 't', description: 'd' }, locale: 'en', key: 'k3', base: '/primer/', renders: [{ theme: 'both', svg: svg('c') }] });

	it('puts one render in the page when it follows both themes, and links the full-size file of each theme', () => {
		expect(themed.match(/<svg/g)).toHaveLength(1);
		expect(themed).toMatch(/<div class="diagram-render" data-diagram-theme="both" tabindex="0" role="group" aria-labelledby="dgm-k3-title"><svg id="c"/);
		expect(themed).toContain('<a class="diagram-full-size" data-diagram-link-theme="light" href="/primer/diagrams/light/k3.svg"');
		expect(themed).toContain('<a class="diagram-full-size" data-diagram-link-theme="dark" href="/primer/diagrams/dark/k3.svg"');
	});

	it('puts both renders in the page, one per theme, when they differ', () => {
		expect(html).toMatch(/data-diagram-theme="light"[^>]*><svg id="a"/);
		expect(html).toMatch(/data-diagram-theme="dark"[^>]*><svg id="b"/);
		// Each render is a focusable region named by the diagram title, for when it scrolls sideways.
		expect(html).toMatch(/data-diagram-theme="light" tabindex="0" role="group" aria-labelledby="dgm-k1-title"/);
	});

	it('names each SVG by the HTML caption, replacing Mermaid’s own aria wiring', () => {
		const opening = html.match(/<svg id="a"[^>]*>/)?.[0] ?? '';
		expect(opening).toContain('role="img"');
		expect(opening).toContain('aria-labelledby="dgm-k1-title"');
		expect(opening).toContain('aria-describedby="dgm-k1-desc"');
		expect(opening).not.toContain('chart-title-a');
		expect(opening).not.toContain('graphics-document');
		expect(html).toContain('<span class="diagram-title" id="dgm-k1-title">');
		expect(html).toContain('<div id="dgm-k1-desc">');
	});

	it('escapes the title and description and keeps paragraphs', () => {
		expect(html).toContain('Pods &#38; &#60;Services&#62;');
		expect(html).toContain('<p>First paragraph continues.</p><p>Second &#34;one&#34;.</p>');
	});

	it('labels the description in the page language', () => {
		const zh = buildFigureHtml({ text: { title: 't', description: 'd' }, locale: 'zh-cn', key: 'k', renders: [{ theme: 'both', svg: svg('c') }] });
		expect(zh).toContain('图的文字说明');
	});
});

describe('buildFallbackHtml', () => {
	it('shows the escaped source and says the render is missing', () => {
		const html = buildFallbackHtml({ text: { title: 't', description: 'd' }, locale: 'en', source: 'A --> B<script>' });
		expect(html).toContain('A --&#62; B&#60;script&#62;');
		expect(html).toContain('not been rendered');
	});
});

describe('escapeHtml', () => {
	it('escapes every character that could open markup or an attribute', () => {
		expect(escapeHtml(`<a href='x' title="y">&</a>`)).not.toMatch(/[<>"'&](?!#)/);
	});
});

describe('withBase', () => {
	it.each([
		['/primer/', '/introduction/history/', '/primer/introduction/history/'],
		['/primer', '/zh-cn/', '/primer/zh-cn/'],
		['/primer/', '/primer/already/', '/primer/already/'],
		['/', '/introduction/', '/introduction/'],
		['/primer/', 'https://kubernetes.io/', 'https://kubernetes.io/'],
		['/primer/', '//cdn.example/x.js', '//cdn.example/x.js'],
		['/primer/', '#section', '#section'],
		['/primer/', '../relative/', '../relative/'],
	])('base %s + %s -> %s', (base, href, expected) => {
		expect(withBase(base, href)).toBe(expected);
	});
});
