// `npm run diagrams`: renders every ```mermaid block in the pages to SVG with Mermaid running in
// Chromium and writes the results to src/diagrams/rendered/. Each diagram is drawn light and dark;
// when the two drawings differ only in colour values they become one SVG that follows the site theme
// (src/lib/diagrams/themed-svg.ts); otherwise both drawings are kept and the script says so.
// Renders that are already there are kept; renders no page uses any more are deleted. Commit the result.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { optimize, type PluginConfig } from 'svgo';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { collectDiagrams } from './lib/content.ts';
import { launchChromium } from './lib/chromium.ts';
import { svgOptimization } from '../src/lib/diagrams/svg-optimization.ts';
import { mergeThemeRenders } from '../src/lib/diagrams/themed-svg.ts';
import { diagramThemes, mermaidConfig, type DiagramTheme } from '../src/lib/diagrams/themes.ts';
import { projectRoot, readRender, renderedDir, renderKey, renderedPath, renderSvgId } from '../src/markdown/diagram-store.ts';

const force = process.argv.includes('--force');
const diagrams = collectDiagrams();
const wanted = new Map<string, { source: string; where: string }>();
for (const d of diagrams) wanted.set(renderKey(d.code), { source: d.code, where: `${d.file}:${d.line}` });

mkdirSync(renderedDir, { recursive: true });
const existing = readdirSync(renderedDir).filter((f) => f.endsWith('.svg'));
const todo = [...wanted].filter(([, { source }]) => force || !readRender(source).renders);

async function draw(page: Page, id: string, code: string, theme: DiagramTheme, where: string): Promise<string> {
	const svg = await page
		.evaluate(
			async ({ id, code, config }) => {
				const m = (globalThis as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, code: string): Promise<{ svg: string }> } }).mermaid;
				m.initialize(config);
				return (await m.render(id, code)).svg;
			},
			{ id, code, config: mermaidConfig(theme) },
		)
		.catch((error: unknown) => {
			throw new Error(`Mermaid could not render the diagram at ${where} (${theme}): ${error instanceof Error ? error.message : String(error)}`);
		});
	const { floatPrecision } = svgOptimization;
	const plugins: PluginConfig[] = svgOptimization.plugins.map((name) => ({ name, params: { floatPrecision } }) as PluginConfig);
	return optimize(svg, { plugins }).data;
}

const fallbacks: string[] = [];
if (todo.length) {
	const mermaidPath = join(projectRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="scratch"></div></body></html>');
		await page.addScriptTag({ content: readFileSync(mermaidPath, 'utf8') });
		for (const [key, { source, where }] of todo) {
			const started = performance.now();
			const id = renderSvgId(key);
			const [light, dark] = [await draw(page, id, source, 'light', where), await draw(page, id, source, 'dark', where)];
			const merged = mergeThemeRenders(light, dark, id);
			if ('svg' in merged) {
				writeFileSync(renderedPath(key), `${merged.svg}\n`);
				console.log(
					`rendered ${where} -> ${relative(projectRoot, renderedPath(key))}, both themes, ${merged.variables} colour variables (${Math.round(performance.now() - started)} ms, ${merged.svg.length} bytes; light ${light.length}, dark ${dark.length})`,
				);
			} else {
				// Two renders; each gets its own SVG id, since both are in the page.
				for (const [theme, svg] of [
					['light', light],
					['dark', dark],
				] as const) {
					writeFileSync(renderedPath(key, theme), `${svg.replaceAll(id, renderSvgId(key, theme))}\n`);
				}
				fallbacks.push(`${where}: ${merged.problem}`);
				console.log(`rendered ${where} -> two renders (light, dark): ${merged.problem}`);
			}
		}
	} finally {
		await browser.close();
	}
}

const keep = new Set([...wanted.keys()].flatMap((key) => [renderedPath(key), ...diagramThemes.map((t) => renderedPath(key, t))]));
let removed = 0;
for (const file of existing) {
	const path = join(renderedDir, file);
	if (!keep.has(path) || (file.split('.').length === 3 && readRender(wanted.get(file.split('.')[0]!)!.source).renders?.[0]?.theme === 'both')) {
		unlinkSync(path);
		removed++;
	}
}
console.log(`${diagrams.length} diagrams: ${todo.length} rendered, ${wanted.size - todo.length} up to date, ${removed} unused files removed.`);
if (fallbacks.length) console.log(`Kept two renders (light and dark) for ${fallbacks.length} diagram(s):\n  ${fallbacks.join('\n  ')}`);
