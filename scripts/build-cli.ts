// Bundles the command-line tool into one JavaScript file, packages/kprimer/dist/kprimer.mjs, the `bin` of the
// lean `kprimer` package (packages/kprimer/), and writes the licences of the code the bundle contains next to it.
// Why a bundle: Node strips TypeScript types only outside node_modules, so an installed copy cannot run
// src/cli/main.ts; and with every dependency inside the file, the package has no runtime dependencies, so it
// installs from its tarball with no registry. The bundle runs on any supported Node (target: node20).
// Runs on the site's `npm install` (prepare), `npm run build:cli`, and before `npm pack` of the package (prepack).
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_PACKAGE = `${root}packages/kprimer`;
export const CLI_BUNDLE = `${CLI_PACKAGE}/dist/kprimer.mjs`;
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.md';

/** The npm packages whose code ended up in the bundle, by the paths esbuild read. */
function bundledPackages(metafile: Metafile): Map<string, string> {
	const packages = new Map<string, string>();
	for (const [input, info] of Object.entries(metafile.outputs).flatMap(([, output]) => Object.entries(output.inputs))) {
		if (info.bytesInOutput === 0) continue;
		const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
		if (match) packages.set(match[2]!, join(root, match[1]!));
	}
	return packages;
}

/** MIT and ISC ask that their notice travels with every copy: the bundle drops comments, so list them here. */
async function writeNotices(metafile: Metafile, outfile: string): Promise<void> {
	const sections: string[] = [];
	for (const [name, dir] of [...bundledPackages(metafile)].sort(([a], [b]) => a.localeCompare(b))) {
		const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
		const licenceFile = (await readdir(dir)).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
		const text = licenceFile ? (await readFile(join(dir, licenceFile), 'utf8')).trim() : `License: ${manifest.license ?? 'unknown'}`;
		sections.push(`## ${name} ${manifest.version} (${manifest.license ?? 'unknown'})\n\n\`\`\`text\n${text}\n\`\`\``);
	}
	const intro = '# Third-party notices\n\n`kprimer.mjs` contains the following packages, bundled by esbuild.';
	await writeFile(join(dirname(outfile), NOTICES_FILE), `${[intro, ...sections].join('\n\n')}\n`);
}

async function packageVersion(): Promise<string> {
	return (JSON.parse(await readFile(`${CLI_PACKAGE}/package.json`, 'utf8')) as { version: string }).version;
}

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
	const result = await build({
		// Metafile paths are relative to the working directory: pin it, so `npm pack` in the package works too.
		absWorkingDir: root,
		entryPoints: [`${root}src/cli/main.ts`],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		legalComments: 'none',
		metafile: true,
		define: { __KPRIMER_VERSION__: JSON.stringify(await packageVersion()) },
		// Some dependencies (yaml) are CommonJS and require Node's modules: give the ES module a require.
		banner: { js: "import { createRequire as __kprimerCreateRequire } from 'node:module'; const require = __kprimerCreateRequire(import.meta.url);" },
		logLevel: 'warning',
		plugins: [generatedJsonAsString],
	});
	await chmod(outfile, 0o755);
	await writeNotices(result.metafile, outfile);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
