// Bundles the command-line tool into one JavaScript file, dist-cli/kprimer.mjs, for the package's `bin`.
// Why: Node strips TypeScript types only outside node_modules, so an installed copy cannot run
// src/cli/main.ts; the bundle runs on any supported Node (target: the oldest LTS we meet, 20).
// Runs on `npm install` (prepare) and before packing (prepack).
import { chmod, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = `${root}dist-cli/kprimer.mjs`;

/**
 * The generated schemas (the .json files under src/generated) go into the bundle as `JSON.parse('<minified JSON>')`,
 * as Vite does for the site: smaller than esbuild's indented object literal and faster to load.
 */
const generatedJsonAsString: Plugin = {
	name: 'generated-json-as-string',
	setup(build) {
		build.onLoad({ filter: /[\\/]src[\\/]generated[\\/].*\.json$/ }, async ({ path }) => ({
			contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))});`,
			loader: 'js',
		}));
	},
};

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
		plugins: [generatedJsonAsString],
	});
	await chmod(outfile, 0o755);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
