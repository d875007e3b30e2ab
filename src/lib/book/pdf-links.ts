// PDF links exist only once `npm run pdf` has written the PDF. The build puts each one in an inert
// <template data-book-pdf="file.pdf">; scripts/pdf.ts unwraps it when that file exists, so a site
// built without PDFs has no dead link and one with PDFs links them.

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `note` follows the link text as it is (separator included). */
export function pdfLinkTemplate(file: string, href: string, label: string, note: string): string {
	return (
		`<template data-book-pdf="${escapeHtml(file)}"><li><a href="${escapeHtml(href)}" download="${escapeHtml(file)}">` +
		`${escapeHtml(label)}</a>${escapeHtml(note)}</li></template>`
	);
}

const templatePattern = /<template data-book-pdf="([^"]+)">([\s\S]*?)<\/template>/g;

/** Unwraps the templates of the PDFs that `exists` confirms; leaves the others inert. */
export function activatePdfLinks(html: string, exists: (file: string) => boolean): { html: string; activated: string[] } {
	const activated: string[] = [];
	const out = html.replace(templatePattern, (whole, file: string, inner: string) => {
		if (!exists(file)) return whole;
		activated.push(file);
		return inner;
	});
	return { html: out, activated };
}

/** PDF files whose links are still waiting for the file. */
export function pendingPdfLinks(html: string): string[] {
	return [...html.matchAll(templatePattern)].map((m) => m[1]!);
}
