// No import cycle among the project's modules the CLI loads (io.ts and main.ts were split to break one).
// The graph is esbuild's own, as it bundles the CLI: static and dynamic imports, type-only imports erased.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let inputs: Metafile['inputs'];

/** Every cycle reachable from `start` in the graph, as the list of modules around it. */
function cyclesFrom(start: string, graph: Metafile['inputs'], keep: (path: string) => boolean): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const { path, external } of graph[node]?.imports ?? []) {
			if (external || !keep(path)) continue;
			if (state.get(path) === 'open') cycles.push([...stack.slice(stack.indexOf(path)), path]);
			else if (!state.has(path)) visit(path);
		}
		stack.pop();
		state.set(node, 'done');
	};
	visit(start);
	return cycles;
}

describe('the CLI’s import graph', () => {
	beforeAll(async () => {
		const result = await build({
			absWorkingDir: ROOT,
			entryPoints: ['src/cli/main.ts'],
			bundle: true,
			platform: 'node',
			format: 'esm',
			write: false,
			metafile: true,
			outfile: 'kprimer.mjs',
			logLevel: 'silent',
		});
		inputs = result.metafile.inputs;
	}, 60_000);

	it('reaches every command and formatter through main.ts', () => {
		expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['src/cli/io.ts', 'src/cli/lint.ts', 'src/cli/cidr.ts', 'src/cli/format/sarif.ts', 'src/cli/format/junit.ts']));
		expect(inputs['src/cli/main.ts']!.imports.map((i) => i.path)).toEqual(expect.arrayContaining(['src/cli/io.ts', 'src/cli/lint.ts', 'src/cli/cidr.ts']));
	});

	it('finds a cycle when there is one (the detector works)', () => {
		const graph = {
			a: { bytes: 0, imports: [{ path: 'b', kind: 'import-statement' }] },
			b: { bytes: 0, imports: [{ path: 'a', kind: 'import-statement' }] },
		} as unknown as Metafile['inputs'];
		expect(cyclesFrom('a', graph, () => true)).toEqual([['a', 'b', 'a']]);
	});

	it('has no cycle among the project’s own modules', () => {
		expect(cyclesFrom('src/cli/main.ts', inputs, (path) => path.startsWith('src/'))).toEqual([]);
	});
});
