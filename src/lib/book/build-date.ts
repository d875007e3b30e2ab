// The date printed on the book's title page: today, or SOURCE_DATE_EPOCH for a reproducible build.
export function buildDate(epoch = globalThis.process?.env?.SOURCE_DATE_EPOCH): string {
	const seconds = epoch ? Number(epoch) : NaN;
	const date = Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
	return date.toISOString().slice(0, 10);
}
