// Where rendered diagrams live: one SVG file per (source, theme, Mermaid version, palette),
// named by a hash of all four. The build only reads these files; `npm run diagrams` writes them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDiagramSource } from '../lib/diagrams/source.ts';
import { svgOptimization } from '../lib/diagrams/svg-optimization.ts';
import { mermaidConfig, type DiagramTheme } from '../lib/diagrams/themes.ts';

export const projectRoot = process.cwd();
export const renderedDir = join(projectRoot, 'src', 'diagrams', 'rendered');

let cachedVersion: string | undefined;
export function mermaidVersion(): string {
	if (!cachedVersion) {
		// mermaid is a direct devDependency, so npm always places it at the top of node_modules.
		const pkgPath = join(projectRoot, 'node_modules', 'mermaid', 'package.json');
		const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
		cachedVersion = pkg.version;
	}
	return cachedVersion;
}

export function renderKey(source: string, theme: DiagramTheme, version = mermaidVersion()): string {
	const material = JSON.stringify([version, theme, mermaidConfig(theme), svgOptimization, normalizeDiagramSource(source)]);
	return createHash('sha256').update(material).digest('hex').slice(0, 20);
}

export function renderedPath(key: string): string {
	return join(renderedDir, `${key}.svg`);
}

/** The committed render for this source and theme, or undefined when it is missing (stale). */
export function readRender(source: string, theme: DiagramTheme): { key: string; svg?: string } {
	const key = renderKey(source, theme);
	const path = renderedPath(key);
	return existsSync(path) ? { key, svg: readFileSync(path, 'utf8') } : { key };
}
