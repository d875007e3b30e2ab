// `npm run bench`: figures, not pass/fail. Page weight of the built site (gzip bytes a first visit
// downloads) per page type, next to Starlight's own budget. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtPages, distDir, pageFile, pageWeight, type PageWeight } from './lib/built-site.ts';

// Starlight's documented budget for its own pages (gzip): HTML ≤ 7 kB, JS ≤ 27 kB, CSS ≤ 16.75 kB.
const budget = { html: 7 * 1024, js: 27 * 1024, css: 16.75 * 1024 };

if (!existsSync(pageFile('/', distDir))) {
	console.error('No build in dist/: run `npm run build` first.');
	process.exit(2);
}

function pageType(path: string): string {
	const html = readFileSync(pageFile(path), 'utf8');
	if (path === '/404.html') return '404 (Starlight only)';
	if (html.includes('data-has-hero')) return 'home (splash)';
	if (/\/playgrounds\//.test(path)) return 'playground';
	if (html.includes('class="diagram ')) return 'content + diagram';
	return 'content';
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const mark = (n: number, limit: number) => `${kb(n).padStart(8)}${n > limit ? ' !' : '  '}`;
const groups = new Map<string, PageWeight[]>();
for (const path of builtPages()) {
	const type = pageType(path);
	groups.set(type, [...(groups.get(type) ?? []), pageWeight(path)]);
}

console.log(`Page weight, gzip (budget: HTML ${kb(budget.html)}, CSS ${kb(budget.css)}, JS ${kb(budget.js)}; "!" = over)\n`);
console.log(`${'page type'.padEnd(22)}${'pages'.padStart(6)}${'HTML max'.padStart(12)}${'CSS max'.padStart(12)}${'JS max'.padStart(12)}  heaviest page`);
for (const [type, weights] of [...groups].sort()) {
	const max = (key: 'html' | 'css' | 'js') => Math.max(...weights.map((w) => w[key]));
	const heaviest = weights.reduce((a, b) => (a.html + a.css + a.js >= b.html + b.css + b.js ? a : b));
	console.log(
		`${type.padEnd(22)}${String(weights.length).padStart(6)}  ${mark(max('html'), budget.html)}  ${mark(max('css'), budget.css)}  ${mark(max('js'), budget.js)}  ${heaviest.page}`,
	);
}

// The manifest validator's throughput benchmark (no build needed).
console.log('\nManifest validator\n');
spawnSync(process.execPath, ['scripts/bench-manifest.ts'], { stdio: 'inherit' });

// The manifest playground in Chromium (needs the build and Chromium; skipped without Chromium).
console.log('\nManifest playground (Chromium)\n');
spawnSync(process.execPath, ['scripts/bench-playground.ts'], { stdio: 'inherit' });

// Cold-load layout shifts of content pages at 1280 px with the CPU slowed 4× (needs the build and Chromium).
console.log('\nCold-load layout shifts (Chromium)\n');
spawnSync(process.execPath, ['scripts/bench-layout.ts', '6', '4'], { stdio: 'inherit' });
