// Which built pages the browser tests divide between them.

/** The one-page books (/book/, /zh-cn/book/): 1.3 MB each, checked in book.test.ts rather than site.test.ts. */
export function isBookPage(path: string): boolean {
	return /^\/(?:zh-cn\/)?book\/$/.test(path);
}
