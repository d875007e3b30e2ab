import { describe, expect, it } from 'vitest';
import { bookHref, rewriteChapterHtml, type LinkTarget } from '../../../src/lib/book/rewrite-chapter.ts';

const links = new Map<string, LinkTarget>([
	['/components/etcd/', { anchor: 'components-etcd', kind: 'chapter' }],
	['/playgrounds/manifests/', { anchor: 'playgrounds-manifests', kind: 'playground' }],
	['/', { anchor: '_top', kind: 'top' }],
]);
const rewrite = (html: string) => rewriteChapterHtml(html, { anchor: 'components-pod', links });

describe('rewriteChapterHtml', () => {
	it('prefixes ids and the references to them', () => {
		const out = rewrite(
			'<div class="sl-heading-wrapper level-h2"><h2 id="ports">Ports</h2><a class="sl-anchor-link" href="#ports">#</a></div><p><a href="#fn-1" aria-describedby="footnote-label">1</a></p><label for="x">X</label><input id="x">',
		);
		expect(out).toContain('<h3 id="components-pod--ports">');
		expect(out).toContain('class="sl-heading-wrapper level-h3"');
		expect(out).toContain('href="#components-pod--ports"');
		expect(out).toContain('href="#components-pod--fn-1"');
		expect(out).toContain('aria-describedby="components-pod--footnote-label"');
		expect(out).toContain('for="components-pod--x"');
		expect(out).toContain('id="components-pod--x"');
	});

	it('points links to other chapters inside the book', () => {
		const out = rewrite(
			'<a href="/components/etcd/">etcd</a> <a href="/components/etcd/#ports">ports</a> <a href="/">home</a> <a href="https://kubernetes.io/">k8s</a> <a href="/unknown/">?</a>',
		);
		expect(out).toContain('href="#components-etcd"');
		expect(out).toContain('href="#components-etcd--ports"');
		expect(out).toContain('href="#_top"');
		expect(out).toContain('href="https://kubernetes.io/"');
		expect(out).toContain('href="/unknown/"');
	});

	it('sends plain playground links to the playground entry, but keeps links that carry a manifest', () => {
		expect(bookHref('/playgrounds/manifests/', links)).toBe('#playgrounds-manifests');
		expect(bookHref('/playgrounds/manifests/#N4Igx', links)).toBeUndefined();
		expect(bookHref('/components/etcd', links)).toBe('#components-etcd');
	});

	it('gives each SVG its own prefix, inside its styles and url() references too', () => {
		// As the diagram figure has them: a light and a dark render of one diagram, with the same ids.
		const svg = (key: string) =>
			`<div class="diagram-render"><svg id="dgm-${key}" aria-labelledby="dgm-${key}-title"><style>#dgm-${key} .node{fill:#fff}</style><defs><marker id="arrow"></marker></defs><path marker-end="url(#arrow)"></path><use href="#arrow"></use></svg></div>`;
		const out = rewrite(`<figure>${svg('a')}${svg('a')}<span id="dgm-a-title">T</span></figure>`);
		const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(out).toContain('<svg id="components-pod--svg0-dgm-a" aria-labelledby="components-pod--dgm-a-title">');
		expect(out).toContain('#components-pod--svg0-dgm-a .node{fill:#fff}');
		expect(out).toContain('marker-end="url(#components-pod--svg1-arrow)"');
		expect(out).toContain('href="#components-pod--svg1-arrow"');
		// Headings inside an SVG are not HTML headings; nothing else in it moves.
		expect(rewrite('<svg><text>h2</text></svg>')).toContain('<text>h2</text>');
	});
});
