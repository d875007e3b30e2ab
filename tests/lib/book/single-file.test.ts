import { describe, expect, it } from 'vitest';
import { singleFileBook } from '../../../src/lib/book/single-file.ts';

const page = `<!doctype html><html lang="en" data-theme="dark" data-has-sidebar><head>
<link rel="stylesheet" href="/primer/_astro/a.css"><link rel="icon" href="/primer/favicon.svg"><link rel="canonical" href="https://x.example/book/">
<script type="module" src="/primer/_astro/page.js"></script></head><body><div class="page"><header>site header <a href="/primer/">home</a></header>
<nav class="sidebar"><a href="/primer/components/etcd/">etcd</a></nav><div class="main-frame"><main>
<h2 id="components-etcd">etcd</h2><a href="#components-etcd">self</a> <a href="https://kubernetes.io/">k8s</a>
<p class="try-in-playground"><a href="/primer/playgrounds/manifests/#N4I">try</a></p>
<p>On the site: <a href="/primer/playgrounds/cidr/">/primer/playgrounds/cidr/</a></p>
<ul class="book-downloads"><li><a href="/primer/kubernetes-primer-en.pdf">PDF</a></li></ul>
</main></div></div></body></html>`;

const assets: Record<string, string> = {
	'/primer/_astro/a.css': 'body{background:url(/primer/bg.svg)} .x{background:url("data:image/png;base64,AA==")}',
	'/primer/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'/primer/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const readAsset = (path: string) => (assets[path] === undefined ? undefined : new TextEncoder().encode(assets[path]));

describe('singleFileBook', () => {
	it('inlines styles and images and drops scripts and site navigation', () => {
		const { html, missing } = singleFileBook(page, { readAsset });
		expect(missing).toEqual([]);
		expect(html).not.toMatch(/<script|<link[^>]+stylesheet|canonical|class="sidebar"|site header|try-in-playground|book-downloads/);
		expect(html).toContain('<style>body{background:url("data:image/svg+xml;base64,');
		expect(html).toContain('url("data:image/png;base64,AA==")');
		expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml;base64,/);
		expect(html).toContain('data-theme="light"');
		expect(html).not.toContain('data-has-sidebar');
	});

	it('keeps anchors and external links; links into the site become text, or absolute with the site address', () => {
		const offline = singleFileBook(page, { readAsset }).html;
		expect(offline).toContain('<a href="#components-etcd">self</a>');
		expect(offline).toContain('<a href="https://kubernetes.io/">k8s</a>');
		expect(offline).toContain('<span>/primer/playgrounds/cidr/</span>');
		const published = singleFileBook(page, { readAsset, siteUrl: 'https://docs.example.com' }).html;
		expect(published).toContain('<a href="https://docs.example.com/primer/playgrounds/cidr/">');
	});

	it('reports what it could not inline', () => {
		expect(singleFileBook(page, { readAsset: () => undefined }).missing).toEqual(['/primer/_astro/a.css', '/primer/favicon.svg']);
	});
});
