// Deploying under a sub-path (README: SITE_BASE=/primer/ npm run build): every link and asset in
// every page must carry the base and point at a file that exists in the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pageFile } from '../../scripts/lib/built-site.ts';

const base = '/primer/';
// `npm test` builds the sub-path site while it builds the main one and passes its folder here;
// run on its own, the test builds it.
const prebuilt = process.env.PRIMER_BASE_BUILD_DIR;
const usePrebuilt = !!prebuilt && existsSync(join(prebuilt, 'index.html'));
const outDir = usePrebuilt ? prebuilt! : mkdtempSync(join(tmpdir(), 'primer-base-'));

function targetExists(url: string): boolean {
	const path = decodeURI(url.split(/[?#]/)[0]!.slice(base.length - 1));
	const file = join(outDir, path);
	return existsSync(path.endsWith('/') ? join(file, 'index.html') : file);
}

describe('a build for a sub-path', () => {
	beforeAll(() => {
		if (usePrebuilt) return;
		const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
		// Vitest's own variables (NODE_ENV=test, BASE_URL, MODE…) must not leak into the build.
		const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/.test(k)));
		const result = spawnSync(process.execPath, [astro, 'build'], {
			env: { ...env, SITE_BASE: base, SITE_OUT_DIR: outDir },
			encoding: 'utf8',
		});
		if (result.status !== 0) throw new Error(`astro build with SITE_BASE failed:\n${result.stdout}\n${result.stderr}`);
	}, 300_000);
	afterAll(() => {
		if (!usePrebuilt) rmSync(outDir, { recursive: true, force: true });
	});

	it('builds the same pages', () => {
		expect(builtPages(outDir)).toEqual(builtPages());
	});

	it('keeps every root-relative link and asset under the base, and each one resolves', () => {
		const problems: string[] = [];
		for (const page of builtPages(outDir)) {
			// PDF links wait in inert templates until `npm run pdf` writes the file (src/lib/book/pdf-links.ts).
			const html = readFileSync(pageFile(page, outDir), 'utf8').replace(/<template data-book-pdf="[^"]*">[\s\S]*?<\/template>/g, '');
			for (const m of html.matchAll(/\s(?:href|src)=["'](\/[^"'/][^"']*|\/)["']/g)) {
				const url = m[1]!;
				if (!url.startsWith(base)) problems.push(`${page}: ${url} lacks the base`);
				else if (!targetExists(url)) problems.push(`${page}: ${url} does not exist`);
			}
		}
		expect(problems).toEqual([]);
	});
});
