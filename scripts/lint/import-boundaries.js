// @ts-check
// ESLint rule `local/import-boundaries`: the allowed import directions between the project's folders
// (docs/ARCHITECTURE.md, "Layers and import directions"). Plain JavaScript so that ESLint, and an
// editor's ESLint extension, load it without a TypeScript loader.
//
// Every relative import (static, `export … from`, `import type`, dynamic `import()`) is resolved to a
// path in the repository and both ends are put in a layer; bare specifiers are checked for the engines
// only (no `node:*`, Node built-ins, Astro or Monaco in src/lib).
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * @typedef {{ kind: 'engine' | 'playground' | 'playground-shared', name: string } | { kind: 'generated' | 'cli' | 'site' | 'scripts' | 'tests' | 'other', name?: undefined }} Layer
 */

/** Playground folders that every playground may use. */
const SHARED_PLAYGROUND_FOLDERS = new Set(['common', 'monaco']);

/**
 * @param {string} path repository-relative, `/`-separated
 * @returns {Layer}
 */
export function layerOf(path) {
	const engine = /^src\/lib\/([^/]+)\//.exec(path);
	if (engine) return { kind: 'engine', name: engine[1] ?? '' };
	const playground = /^src\/playgrounds\/([^/]+)\//.exec(path);
	if (playground) {
		const name = playground[1] ?? '';
		return { kind: SHARED_PLAYGROUND_FOLDERS.has(name) ? 'playground-shared' : 'playground', name };
	}
	if (path.startsWith('src/generated/')) return { kind: 'generated' };
	if (path.startsWith('src/cli/')) return { kind: 'cli' };
	// Components, pages, remark plugins, integrations, content, styles and the root files of src/.
	if (path.startsWith('src/')) return { kind: 'site' };
	if (path.startsWith('scripts/')) return { kind: 'scripts' };
	if (path.startsWith('tests/')) return { kind: 'tests' };
	return { kind: 'other' };
}

/**
 * Why `from` may not import `to`, or undefined when it may.
 * @param {string} from repository-relative path of the importing file
 * @param {string} to repository-relative path of the imported file
 * @returns {string | undefined}
 */
export function forbiddenImport(from, to) {
	const a = layerOf(from);
	const b = layerOf(to);
	if (a.kind === 'scripts' || a.kind === 'tests' || a.kind === 'other') return undefined;
	if (b.kind === 'scripts' || b.kind === 'tests' || b.kind === 'other') return 'code under src/ never imports scripts/, tests/ or the repository root';
	switch (a.kind) {
		case 'engine':
			if (b.kind === 'generated') return undefined;
			if (b.kind !== 'engine') return 'an engine (src/lib) imports only src/lib, src/generated and packages';
			// An engine's catalogues (messages/) are its published words, imported one language at a time.
			if (b.name === a.name || to === `src/lib/${b.name}/index.ts` || to.startsWith(`src/lib/${b.name}/messages/`)) return undefined;
			return `another engine is reached through its index.ts (src/lib/${b.name}/index.ts) or its catalogues (messages/)`;
		case 'playground':
		case 'playground-shared':
			if (b.kind === 'engine' || b.kind === 'generated' || b.kind === 'playground-shared') return undefined;
			if (b.kind === 'playground' && a.kind === 'playground' && b.name === a.name) return undefined;
			return b.kind === 'playground'
				? `a playground imports another playground only through src/playgrounds/{${[...SHARED_PLAYGROUND_FOLDERS].join(',')}}`
				: 'a playground imports only src/lib, src/generated and src/playgrounds';
		case 'cli':
			if (b.kind === 'engine' || b.kind === 'generated' || b.kind === 'cli') return undefined;
			return 'the CLI imports only src/lib and src/cli';
		case 'generated':
			return b.kind === 'engine' || b.kind === 'generated' ? undefined : 'generated modules import only src/lib (types)';
		case 'site':
			return b.kind === 'cli' ? 'the site does not import the CLI' : undefined;
	}
	return undefined;
}

const NODE_BUILTINS = new Set(builtinModules);

/**
 * Why an engine may not import the bare specifier, or undefined when it may.
 * @param {string} specifier
 */
export function forbiddenPackageInEngine(specifier) {
	if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')) return 'an engine runs in the browser and the CLI alike: no Node built-ins';
	if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/') || specifier.startsWith('@astrojs/'))
		return 'an engine is framework-free: no Astro';
	if (specifier === 'monaco-editor' || specifier.startsWith('monaco-editor/')) return 'an engine has no DOM: no Monaco';
	return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
	meta: {
		type: 'problem',
		docs: { description: 'Enforce the import directions between src/lib, src/playgrounds, src/cli, the site, scripts/ and tests/ (docs/ARCHITECTURE.md)' },
		schema: [
			{
				type: 'object',
				properties: {
					// "importer -> imported" pairs of repository paths: today's violations, each to be removed.
					knownViolations: { type: 'array', items: { type: 'string' } },
				},
				additionalProperties: false,
			},
		],
		messages: { forbidden: 'Import of "{{specifier}}" breaks the layering: {{reason}} (docs/ARCHITECTURE.md).' },
	},
	create(context) {
		const root = context.cwd;
		const file = relative(root, context.physicalFilename).split(sep).join('/');
		const known = new Set(/** @type {{ knownViolations?: string[] }} */ (context.options[0] ?? {}).knownViolations ?? []);
		const isEngine = layerOf(file).kind === 'engine';

		/** @param {import('estree').Node | null | undefined} source */
		function check(source) {
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const specifier = source.value;
			let reason;
			if (specifier.startsWith('.')) {
				// Query suffixes such as `?raw` or `?worker` do not change the file.
				const target = relative(root, resolve(dirname(context.physicalFilename), specifier.replace(/\?.*$/, '')))
					.split(sep)
					.join('/');
				reason = forbiddenImport(file, target);
				if (reason && known.has(`${file} -> ${target}`)) reason = undefined;
			} else if (isEngine) {
				reason = forbiddenPackageInEngine(specifier);
			}
			if (reason) context.report({ node: source, messageId: 'forbidden', data: { specifier, reason } });
		}

		return {
			ImportDeclaration: (node) => check(node.source),
			ExportNamedDeclaration: (node) => check(node.source),
			ExportAllDeclaration: (node) => check(node.source),
			ImportExpression: (node) => check(node.source),
		};
	},
};
