// How the schema generators write their output: the data as formatted JSON (`<name>.json`, one member
// per line, so a regeneration's diff shows which field changed), a two-line module that imports it
// (`<name>.js`) and the module's type (`<name>.d.ts`), so TypeScript never reads the large JSON.
//
// The bundles stay as small and as fast to load as the old one-line `JSON.parse("…")` modules: Vite
// (json.stringify: 'auto') re-emits a JSON file over 10 kB as `JSON.parse('<minified JSON>')`, which V8
// parses faster than an object literal; Node and esbuild (the CLI bundle) read it as a JSON module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The files of one generated data module: `value` as `<name>.json`, `<name>.js` exporting it and
 * `<name>.d.ts` with `declaration` (the module's typed default export), the last two under `banner`.
 */
export function jsonModuleFiles(name: string, banner: string, value: unknown, declaration: string): Record<string, string> {
	return {
		[`${name}.json`]: `${JSON.stringify(value, null, '\t')}\n`,
		[`${name}.js`]: `${banner}import data from './${name}.json' with { type: 'json' };\nexport default data;\n`,
		[`${name}.d.ts`]: `${banner}${declaration}`,
	};
}

/**
 * The output folder: `--out <dir>` on the command line (the freshness test regenerates into a temporary
 * folder and compares), else the committed one.
 */
export function outputDir(committed: string, argv: readonly string[] = process.argv): string {
	const at = argv.indexOf('--out');
	return at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : committed;
}

/** Writes `files` (name → text) into `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
