// Walks the content folder: the pages of each language, and the diagrams inside them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findDiagramBlocks } from '../../src/lib/diagrams/source.ts';

export const contentDir = join(process.cwd(), 'src', 'content', 'docs');

export function listPages(dir = contentDir): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => relative(contentDir, join(e.parentPath, e.name)))
		.sort();
}

export interface PageDiagram {
	file: string;
	line: number;
	code: string;
}

export function collectDiagrams(): PageDiagram[] {
	return listPages().flatMap((file) => findDiagramBlocks(readFileSync(join(contentDir, file), 'utf8')).map((b) => ({ file: `src/content/docs/${file}`, ...b })));
}
