// The kprimer package's `bin`: the CLI bundled into one JavaScript file runs from inside node_modules (where Node
// will not strip TypeScript types) and on an older Node than the one the project builds with.
// tests/cli/package.test.ts packs and installs the whole package; this is the quick check of the bundle alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'kprimer-bin-'));
const bundle = join(work, 'node_modules', 'kprimer', 'dist', 'kprimer.mjs');

/** A `node` on PATH other than the project's own (node_modules/.bin), e.g. the machine's older Node. */
function machineNode(): string | undefined {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (!dir || dir.includes('node_modules')) continue;
		const candidate = join(dir, 'node');
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containres: []\n';

describe('dist/kprimer.mjs (the kprimer package’s bin)', () => {
	beforeAll(async () => {
		await buildCli(bundle);
	}, 60_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	const nodes = [process.execPath, machineNode()].filter((n, i, all): n is string => !!n && all.indexOf(n) === i);

	it.each(nodes)('runs `cidr --json` from node_modules with %s', (node) => {
		const r = spawnSync(node, [bundle, 'cidr', '--pod', '10.96/12', '--service', '10.96.0.0/12', '--json'], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(1);
		const out = JSON.parse(r.stdout) as { ok: boolean; diagnostics: Array<{ rule: string; field: string }> };
		expect(out.ok).toBe(false);
		expect(out.diagnostics).toContainEqual(expect.objectContaining({ rule: 'cidr/parse', field: 'pod' }));
	});

	it.each(nodes)('runs `lint -` on standard input with %s', (node) => {
		const r = spawnSync(node, [bundle, 'lint', '-'], { input: POD, encoding: 'utf8' });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('<stdin>:6:3 error schema/unknown-field');
	});

	it.each(nodes)('writes SARIF and JUnit from the bundle with %s', (node) => {
		const sarif = spawnSync(node, [bundle, 'lint', '--format', 'sarif', '-'], { input: POD, encoding: 'utf8' });
		expect(sarif.stderr).toBe('');
		expect(sarif.status).toBe(1);
		const log = JSON.parse(sarif.stdout) as {
			version: string;
			runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
		};
		expect(log.version).toBe('2.1.0');
		expect(log.runs[0]!.results).toContainEqual(expect.objectContaining({ ruleId: 'schema/unknown-field' }));
		const junit = spawnSync(node, [bundle, 'lint', '--format', 'junit', '-'], { input: POD, encoding: 'utf8' });
		expect(junit.status).toBe(1);
		expect(junit.stdout).toMatch(/<testsuite name="&lt;stdin&gt;" tests="1" failures="1"/);
		expect(junit.stdout).toContain('<failure message="Unknown field');
	});
});
