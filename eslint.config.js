// @ts-check
// `npm run lint` (with Prettier). Rules that find bugs are on; layout is Prettier's job
// (eslint-config-prettier turns the stylistic rules off). The import directions are our own rule,
// scripts/lint/import-boundaries.js, described in docs/ARCHITECTURE.md.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './scripts/lint/import-boundaries.js';

/**
 * Imports that break the layering today, each to be removed by moving the code (see docs/ARCHITECTURE.md).
 * Written as "importer -> imported", each with a comment saying why it is still there; a new violation is an
 * error.
 * @type {string[]}
 */
export const knownViolations = [
	// The kubeadm reader (src/lib/cluster-config) uses the manifest engine's YAML reader, its "did you mean"
	// and its line/column arithmetic. Through src/lib/manifest/index.ts these would bring the whole linter
	// (its rule registry runs at load, so the bundler keeps it): the CIDR page's kubeadm chunk grew from
	// 37 kB to 98 kB gzip when tried. Fixed by moving the generic pieces (text-position.ts, suggest.ts) to
	// a small shared engine with its own index.ts, and giving the YAML reader one too.
	'src/lib/cluster-config/config-problems.ts -> src/lib/manifest/text-position.ts',
	'src/lib/cluster-config/read-config.ts -> src/lib/manifest/parse-documents.ts',
	'src/lib/cluster-config/read-config.ts -> src/lib/manifest/suggest.ts',
];

/** Browser globals an engine must not touch (it also runs in workers and in the CLI). */
const DOM_GLOBALS = [
	'window',
	'document',
	'navigator',
	'location',
	'history',
	'localStorage',
	'sessionStorage',
	'customElements',
	'requestAnimationFrame',
	'cancelAnimationFrame',
	'getComputedStyle',
	'matchMedia',
	'alert',
	'confirm',
	'HTMLElement',
	'Element',
	'Node',
	'Event',
	'CustomEvent',
	'MutationObserver',
	'ResizeObserver',
	'IntersectionObserver',
	'Worker',
	'self',
];
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module'];

export default tseslint.config(
	{
		ignores: ['dist/**', 'dist-*/**', '.astro/**', 'node_modules/**', 'test-results/**', 'src/generated/**', 'src/diagrams/rendered/**', 'packages/*/dist/**'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		plugins: { local: { rules: { 'import-boundaries': importBoundaries } } },
		rules: {
			'local/import-boundaries': ['error', { knownViolations }],
			// Every control character in our patterns is there on purpose: they strip or refuse control
			// characters in pasted text.
			'no-control-regex': 'off',
			// `_`-prefixed names are deliberately unused (callback positions, destructuring to omit a key).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
		},
	},
	{
		files: ['src/lib/**'],
		rules: {
			'no-restricted-globals': [
				'error',
				...DOM_GLOBALS.map((name) => ({ name, message: 'src/lib engines have no DOM (docs/ARCHITECTURE.md).' })),
				...NODE_GLOBALS.map((name) => ({ name, message: 'src/lib engines do not use Node (docs/ARCHITECTURE.md).' })),
			],
		},
	},
	prettier,
);
