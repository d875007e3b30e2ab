// Bundles the command-line tool into one JavaScript file, dist-cli/kprimer.mjs, for the package's `bin`.
// Why: Node strips TypeScript types only outside node_modules, so an installed copy cannot run
// src/cli/main.ts; the bundle runs on any supported Node (target: the oldest LTS we meet, 20).
// Runs on `npm install` (prepare) and before packing (prepack).
import { chmod } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = `${root}dist-cli/kprimer.mjs`;

export async function buildCli(outfile = CLI_BUNDLE): Promise<void> {
	await build({
		entryPoints: [`${root}src/cli/main.ts`],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		legalComments: 'none',
		// Some dependencies (yaml) are CommonJS and require Node's modules: give the ES module a require.
		banner: { js: "import { createRequire as __kprimerCreateRequire } from 'node:module'; const require = __kprimerCreateRequire(import.meta.url);" },
		logLevel: 'warning',
	});
	await chmod(outfile, 0o755);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
