// Astro integration: every diagram render a page links as "Open full size" is published as a file of
// its own, dist/diagrams/<theme>/<key>.svg, drawn large enough to read and on its theme's page colour
// (a render that follows both themes is resolved to plain colours of that theme). An ordinary link to
// an ordinary file: it works without JavaScript, by keyboard and by touch, and a phone can pinch-zoom
// it. The dev server serves the same files from the committed renders.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { standaloneSvg } from '../lib/diagrams/svg-size.ts';
import { resolveThemedSvg } from '../lib/diagrams/themed-svg.ts';
import { diagramBackground, diagramThemes, type DiagramTheme } from '../lib/diagrams/themes.ts';
import { renderedPath } from '../markdown/diagram-store.ts';

const filePattern = /\/diagrams\/(light|dark)\/([0-9a-f]{20})\.svg$/;

function standaloneFile(theme: DiagramTheme, key: string): string | undefined {
	const themed = renderedPath(key);
	const single = renderedPath(key, theme);
	const svg = existsSync(themed) ? resolveThemedSvg(readFileSync(themed, 'utf8'), theme) : existsSync(single) ? readFileSync(single, 'utf8') : undefined;
	return svg === undefined ? undefined : standaloneSvg(svg, diagramBackground(theme));
}

export function diagramFiles(): AstroIntegration {
	return {
		name: 'kubernetes-primer:diagram-files',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const match = filePattern.exec((req.url ?? '').split('?')[0]!);
					const svg = match && diagramThemes.includes(match[1] as DiagramTheme) ? standaloneFile(match[1] as DiagramTheme, match[2]!) : undefined;
					if (!svg) return next();
					res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
					res.end(svg);
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const linked = new Set<string>();
				const pages = readdirSync(outDir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
				for (const page of pages) {
					for (const m of readFileSync(join(page.parentPath, page.name), 'utf8').matchAll(
						/class="diagram-full-size" data-diagram-link-theme="(light|dark)" href="[^"]*\/diagrams\/\1\/([0-9a-f]{20})\.svg"/g,
					)) {
						linked.add(`${m[1]}/${m[2]}`);
					}
				}
				for (const entry of linked) {
					const [theme, key] = entry.split('/') as [DiagramTheme, string];
					const svg = standaloneFile(theme, key);
					if (!svg) throw new Error(`diagram files: no render ${key} for ${theme}`);
					const target = join(outDir, 'diagrams', theme, `${key}.svg`);
					mkdirSync(dirname(target), { recursive: true });
					writeFileSync(target, svg);
				}
				logger.info(`${linked.size} diagram files in diagrams/`);
			},
		},
	};
}
