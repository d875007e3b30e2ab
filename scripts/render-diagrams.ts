// `npm run diagrams`: renders every ```mermaid block in the pages to SVG, light and dark, with
// Mermaid running in Chromium, and writes the results to src/diagrams/rendered/. Renders that
// are already there are kept; renders no page uses any more are deleted. Commit the result.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { optimize, type PluginConfig } from 'svgo';
import { join, relative } from 'node:path';
import { collectDiagrams } from './lib/content.ts';
import { launchChromium } from './lib/chromium.ts';
import { svgOptimization } from '../src/lib/diagrams/svg-optimization.ts';
import { mermaidConfig, type DiagramTheme } from '../src/lib/diagrams/themes.ts';
import { projectRoot, renderedDir, renderKey, renderedPath } from '../src/markdown/diagram-store.ts';

const force = process.argv.includes('--force');
const diagrams = collectDiagrams();
const wanted = new Map<string, { source: string; theme: DiagramTheme; where: string }>();
for (const d of diagrams) {
	for (const theme of ['light', 'dark'] as const) {
		wanted.set(renderKey(d.code, theme), { source: d.code, theme, where: `${d.file}:${d.line}` });
	}
}

mkdirSync(renderedDir, { recursive: true });
const existing = new Set(readdirSync(renderedDir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)));
const todo = [...wanted].filter(([key]) => force || !existing.has(key));

if (todo.length) {
	const mermaidPath = join(projectRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="scratch"></div></body></html>');
		await page.addScriptTag({ content: readFileSync(mermaidPath, 'utf8') });
		for (const [key, { source, theme, where }] of todo) {
			const started = performance.now();
			const svg = await page.evaluate(
				async ({ id, code, config }) => {
					const m = (globalThis as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, code: string): Promise<{ svg: string }> } }).mermaid;
					m.initialize(config);
					return (await m.render(id, code)).svg;
				},
				{ id: `dgm-${key}`, code: source, config: mermaidConfig(theme) },
			).catch((error: unknown) => {
				throw new Error(`Mermaid could not render the diagram at ${where} (${theme}): ${error instanceof Error ? error.message : String(error)}`);
			});
			const { floatPrecision } = svgOptimization;
			const plugins: PluginConfig[] = svgOptimization.plugins.map((name) => ({ name, params: { floatPrecision } }) as PluginConfig);
			const slim = optimize(svg, { plugins }).data;
			writeFileSync(renderedPath(key), `${slim}\n`);
			console.log(`rendered ${where} ${theme} -> ${relative(projectRoot, renderedPath(key))} (${Math.round(performance.now() - started)} ms, ${svg.length} → ${slim.length} bytes)`);
		}
	} finally {
		await browser.close();
	}
}

let removed = 0;
for (const key of existing) {
	if (!wanted.has(key)) {
		unlinkSync(renderedPath(key));
		removed++;
	}
}
console.log(`${diagrams.length} diagrams: ${todo.length} renders written, ${wanted.size - todo.length} up to date, ${removed} unused removed.`);
