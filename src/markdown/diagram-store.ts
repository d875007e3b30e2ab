// Where rendered diagrams live: one SVG file per (source, Mermaid version, both palettes), named by a
// hash of all of them. Normally that file follows both themes (src/lib/diagrams/themed-svg.ts); a
// diagram whose light and dark drawings differ in more than colour has two files instead,
// <key>.light.svg and <key>.dark.svg. The build only reads these files; `npm run diagrams` writes them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDiagramSource } from '../lib/diagrams/source.ts';
import { svgOptimization } from '../lib/diagrams/svg-optimization.ts';
import { themedSvgFormat } from '../lib/diagrams/themed-svg.ts';
import { diagramThemes, mermaidConfig, type DiagramTheme } from '../lib/diagrams/themes.ts';

export const projectRoot = process.cwd();
export const renderedDir = join(projectRoot, 'src', 'diagrams', 'rendered');

/** 'both': one SVG that follows the site theme; otherwise the render for that theme only. */
export type RenderTheme = DiagramTheme | 'both';

export interface DiagramRender {
	theme: RenderTheme;
	svg: string;
}

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

export function renderKey(source: string, version = mermaidVersion()): string {
	const configs = diagramThemes.map((theme) => [theme, mermaidConfig(theme)]);
	const material = JSON.stringify([version, configs, svgOptimization, themedSvgFormat, normalizeDiagramSource(source)]);
	return createHash('sha256').update(material).digest('hex').slice(0, 20);
}

/** The file of a render: `<key>.svg` for the themed render, `<key>.<theme>.svg` for one theme. */
export function renderedPath(key: string, theme: RenderTheme = 'both'): string {
	return join(renderedDir, theme === 'both' ? `${key}.svg` : `${key}.${theme}.svg`);
}

/** The id the SVG of a render carries (Mermaid scopes its styles to it). */
export function renderSvgId(key: string, theme: RenderTheme = 'both'): string {
	return theme === 'both' ? `dgm-${key}` : `dgm-${key}-${theme}`;
}

/** The committed render(s) for this source: one themed SVG, or one per theme; none when missing (stale). */
export function readRender(source: string): { key: string; renders?: DiagramRender[] } {
	const key = renderKey(source);
	const themed = renderedPath(key);
	if (existsSync(themed)) return { key, renders: [{ theme: 'both', svg: readFileSync(themed, 'utf8') }] };
	const paths = diagramThemes.map((theme) => ({ theme, path: renderedPath(key, theme) }));
	if (paths.every((p) => existsSync(p.path))) return { key, renders: paths.map((p) => ({ theme: p.theme, svg: readFileSync(p.path, 'utf8') })) };
	return { key };
}
