// Astro integration: Vite writes hidden source maps (astro.config.ts, `sourcemap: 'hidden'`) so the
// build-output tests can tell our scripts from Starlight's. Readers never need them (they were 18 MB of
// dist/), so once the build is done they move to a sibling folder at the same depth — `dist-sourcemaps/`
// beside `dist/` — where the maps' relative `sources` still resolve to the same files.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the maps of a build in `outDir` are kept. */
export function sourceMapDir(outDir: string): string {
	return `${outDir.replace(/[\\/]+$/, '')}-sourcemaps`;
}

function mapFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.map'));
}

export function sourceMapsOutOfDist(): AstroIntegration {
	return {
		name: 'source-maps-out-of-dist',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const target = sourceMapDir(outDir);
				const files = mapFiles(outDir);
				for (const file of files) {
					const to = join(target, file);
					mkdirSync(dirname(to), { recursive: true });
					renameSync(join(outDir, file), to);
				}
				logger.info(`${files.length} source maps moved out of ${relative(process.cwd(), outDir) || '.'} to ${relative(process.cwd(), target)}`);
			},
		},
	};
}
