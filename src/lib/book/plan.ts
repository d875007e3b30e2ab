// The book's table of contents, taken from the site's sidebar so the book follows whatever pages
// exist, in the order readers see them. Playground pages become short entries (a book cannot run
// them); the reference group (the glossary) moves to the end, as a book's appendix.

/** The part of Starlight's sidebar route data the book reads. */
export type SidebarItem = { type: 'link'; label: string; href: string } | { type: 'group'; label: string; entries: SidebarItem[] };

export type BookEntryKind = 'chapter' | 'playground';

export interface BookEntry {
	kind: BookEntryKind;
	/** Stable anchor, the same in both languages: `components/etcd` becomes `components-etcd`. */
	anchor: string;
	/** The page's own address on the site, base included, e.g. `/zh-cn/components/etcd/`. */
	href: string;
	/** Content-collection id, e.g. `zh-cn/components/etcd`. */
	id: string;
	label: string;
	/** The sidebar group the page sits in. */
	group: string;
}

/** Top-level directories whose pages are tools, not text. */
export const playgroundDirectories = ['playgrounds'];
/** Top-level directories printed after everything else. */
export const appendixDirectories = ['reference'];

/** `/primer/zh-cn/components/etcd/` → `zh-cn/components/etcd` (the collection id). */
export function idFromHref(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	const path = prefix && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
	return path.split('#')[0]!.replace(/^\/+|\/+$/g, '');
}

/** The id without its locale folder: `zh-cn/components/etcd` → `components/etcd`. */
export function unlocalizedId(id: string, locale: string | undefined): string {
	return locale && id.startsWith(`${locale}/`) ? id.slice(locale.length + 1) : id;
}

export function anchorFor(unlocalized: string): string {
	return unlocalized
		.replace(/[^a-z0-9]+/gi, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
}

/**
 * Flattens the sidebar into book order. Links outside any group, and links to other sites, are
 * not chapters. The result is the sidebar order with the appendix groups moved last.
 */
export function planBook(sidebar: SidebarItem[], options: { base: string; locale: string | undefined }): BookEntry[] {
	const main: BookEntry[] = [];
	const appendix: BookEntry[] = [];
	const walk = (items: SidebarItem[], group: string) => {
		for (const item of items) {
			if (item.type === 'group') {
				walk(item.entries, item.label);
				continue;
			}
			if (!group || /^[a-z][a-z0-9+.-]*:/i.test(item.href)) continue;
			const id = idFromHref(item.href, options.base);
			const unlocalized = unlocalizedId(id, options.locale);
			const top = unlocalized.split('/')[0]!;
			const entry: BookEntry = {
				kind: playgroundDirectories.includes(top) ? 'playground' : 'chapter',
				anchor: anchorFor(unlocalized),
				href: item.href,
				id,
				label: item.label,
				group,
			};
			(appendixDirectories.includes(top) ? appendix : main).push(entry);
		}
	};
	walk(sidebar, '');
	return [...main, ...appendix];
}

/** Groups consecutive entries of the same sidebar group, for the table of contents. */
export function groupsOf<T extends BookEntry>(entries: T[]): { group: string; entries: T[] }[] {
	const groups: { group: string; entries: T[] }[] = [];
	for (const entry of entries) {
		const last = groups.at(-1);
		if (last && last.group === entry.group) last.entries.push(entry);
		else groups.push({ group: entry.group, entries: [entry] });
	}
	return groups;
}
