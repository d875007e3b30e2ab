import { describe, expect, it } from 'vitest';
import { activatePdfLinks, pdfLinkTemplate, pendingPdfLinks } from '../../../src/lib/book/pdf-links.ts';

describe('PDF links', () => {
	const page = `<ul>${pdfLinkTemplate('a.pdf', '/a.pdf', 'PDF <A4>', ' — bookmarks')}${pdfLinkTemplate('b.pdf', '/b.pdf', 'PDF', '')}</ul>`;

	it('start inert: a template is not a link until its file exists', () => {
		expect(page).toContain('<template data-book-pdf="a.pdf"><li><a href="/a.pdf" download="a.pdf">PDF &#60;A4&#62;</a> — bookmarks</li></template>');
		expect(pendingPdfLinks(page)).toEqual(['a.pdf', 'b.pdf']);
	});

	it('unwrap only the ones whose PDF exists', () => {
		const { html, activated } = activatePdfLinks(page, (file) => file === 'a.pdf');
		expect(activated).toEqual(['a.pdf']);
		expect(html).toContain('<ul><li><a href="/a.pdf"');
		expect(pendingPdfLinks(html)).toEqual(['b.pdf']);
	});
});
