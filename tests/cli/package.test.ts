// The `kprimer` package as a user gets it: `npm pack` of packages/kprimer (its prepack builds the bundle), the
// tarball installed with `npm install --global` into an empty folder with no registry, and the installed
// command run on real manifests and real address plans, on the project's Node and on the machine's own.
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'packages', 'kprimer');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'manifests');
const work = mkdtempSync(join(tmpdir(), 'kprimer-package-'));
const prefix = join(work, 'global');
const installed = join(prefix, 'lib', 'node_modules', 'kprimer');
const bin = join(prefix, 'bin', 'kprimer');
const packageJson = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string };

interface PackResult {
	filename: string;
	size: number;
	unpackedSize: number;
	files: { path: string }[];
}
let pack: PackResult;

/** The environment without the npm_* variables of whatever npm started the tests, and a private npm cache. */
function npmEnv(path = process.env.PATH ?? ''): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
	return { ...env, PATH: path, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
}

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
	const r = spawnSync('npm', args, { cwd, env: npmEnv(), encoding: 'utf8', timeout: 120_000 });
	if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
	return r;
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();
}

function sizeOf(dir: string): number {
	return filesUnder(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/** PATH with the node of `nodeDir` first and no node_modules/.bin, so the bin's `#!/usr/bin/env node` finds it. */
function pathFor(nodeDir: string): string {
	const rest = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules'));
	return [nodeDir, ...rest].join(delimiter);
}

/** The machine's own node (e.g. an older LTS), if there is one besides the project's. */
function machineNodeDir(): string | undefined {
	const dir = (process.env.PATH ?? '').split(delimiter).find((d) => d && !d.includes('node_modules') && existsSync(join(d, 'node')));
	return dir && join(dir, 'node') !== process.execPath ? dir : undefined;
}

/** Each test spawns the installed command a few times; a loaded two-core machine needs more than the default. */
const SPAWNING = 60_000;

const nodeDirs = [dirname(process.execPath), machineNodeDir()].filter((d): d is string => d !== undefined);

describe('the kprimer package', { timeout: SPAWNING }, () => {
	beforeAll(() => {
		const out = npm(['pack', '--json', '--pack-destination', work], PACKAGE_DIR).stdout;
		// npm prints the prepack script's output first; the JSON array is the rest.
		pack = (JSON.parse(out.slice(out.indexOf('\n[') + 1)) as PackResult[])[0]!;
		npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, pack.filename)], work);
		// A manifest outside the repository, so that nothing can be found next to the project's node_modules.
		mkdirSync(join(work, 'manifests'));
		for (const f of ['deployment-service.yaml', 'broken-every-layer.yaml', 'legacy-1.15.yaml']) copyFileSync(join(FIXTURES, f), join(work, 'manifests', f));
	}, 180_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('packs only the bundle, its notices, the README and package.json', () => {
		expect(pack.files.map((f) => f.path).sort()).toEqual(['README.md', 'dist/THIRD-PARTY-NOTICES.md', 'dist/kprimer.mjs', 'package.json']);
		const notices = readFileSync(join(installed, 'dist', 'THIRD-PARTY-NOTICES.md'), 'utf8');
		expect(notices).toContain('## yaml ');
		expect(notices).toContain('## @marcbachmann/cel-js ');
		expect(notices).toContain('Permission is hereby granted');
		console.info(`kprimer tarball ${pack.size} bytes, unpacked ${pack.unpackedSize} bytes, installed ${sizeOf(installed)} bytes`);
	});

	it('has no dependencies, so the offline install brought nothing else', () => {
		for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(packageJson[field]).toBeUndefined();
		expect(existsSync(join(installed, 'node_modules'))).toBe(false);
		expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['kprimer']);
		expect(filesUnder(installed)).toEqual(['README.md', 'dist/THIRD-PARTY-NOTICES.md', 'dist/kprimer.mjs', 'package.json']);
		expect(readdirSync(join(prefix, 'bin'))).toEqual(['kprimer']);
		expect(realpathSync(bin)).toBe(realpathSync(join(installed, 'dist', 'kprimer.mjs')));
	});

	describe.each(nodeDirs)('the installed kprimer on the node in %s', (nodeDir) => {
		const kprimer = (args: string[], input?: string) =>
			spawnSync(bin, args, { cwd: join(work, 'manifests'), env: { ...npmEnv(pathFor(nodeDir)) }, input, encoding: 'utf8', timeout: 60_000 });

		it('prints its version', () => {
			const r = kprimer(['--version']);
			expect(r.status).toBe(0);
			expect(r.stdout).toBe(`kprimer ${packageJson.version}\n`);
		});

		it('passes a valid manifest with status 0 and fails a broken one with status 1, at the right lines', () => {
			const clean = kprimer(['lint', 'deployment-service.yaml']);
			expect(clean.stderr).toBe('');
			expect(clean.status).toBe(0);
			expect(clean.stdout).not.toMatch(/ error /);

			const broken = kprimer(['lint', '--json', 'broken-every-layer.yaml']);
			expect(broken.stderr).toBe('');
			expect(broken.status).toBe(1);
			const report = JSON.parse(broken.stdout) as { files: { file: string; diagnostics: { severity: string; rule: string; line: number; column: number }[] }[] };
			expect(report.files.map((f) => f.file)).toEqual(['broken-every-layer.yaml']);
			expect(report.files[0]!.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'yaml/duplicate-key', line: 65, column: 3 }));
		});

		it('writes SARIF and JUnit for CI, and the same findings in Chinese', () => {
			const sarif = kprimer(['lint', '--format', 'sarif', 'legacy-1.15.yaml']);
			expect(sarif.status).toBe(1);
			const log = JSON.parse(sarif.stdout) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] };
			expect(log.version).toBe('2.1.0');
			expect(log.runs[0]!.results.filter((r) => r.ruleId === 'api/removed').map((r) => r.level)).toEqual(['error', 'error', 'error']);

			const junit = kprimer(['lint', '--format', 'junit', 'legacy-1.15.yaml']);
			expect(junit.status).toBe(1);
			expect(junit.stdout).toMatch(/<testsuite name="legacy-1\.15\.yaml" tests="3" failures="3"/);

			const zh = kprimer(['lint', '--lang', 'zh', '-'], readFileSync(join(FIXTURES, 'legacy-1.15.yaml'), 'utf8'));
			expect(zh.status).toBe(1);
			const removed = zh.stdout.split('\n').filter((line) => line.startsWith('<stdin>:2:13 error api/removed '));
			expect(removed).toHaveLength(1);
			expect(removed[0]).toMatch(/\p{Script=Han}/u);
		});

		it('runs CEL rules of a CustomResourceDefinition from inside the bundle', () => {
			const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  scope: Namespaced
  names: { plural: widgets, kind: Widget }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-validations:
                - rule: self.min <= self.max
              properties: { min: { type: integer }, max: { type: integer } }
---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w }
spec: { min: 3, max: 1 }
`;
			const r = kprimer(['lint', '-'], crd);
			expect(r.stderr).toBe('');
			expect(r.status).toBe(1);
			expect(r.stdout).toMatch(/^<stdin>:\d+:\d+ error crd\/cel-rule .*self\.min <= self\.max/m);
		});

		it('checks an address plan: a sound one with status 0, an overlapping one with status 1', () => {
			const good = kprimer(['cidr', '--pod', '10.244.0.0/16', '--service', '10.96.0.0/12', '--json']);
			expect(good.stderr).toBe('');
			expect(good.status).toBe(0);
			const plan = JSON.parse(good.stdout) as { ok: boolean; plan: { family: string; maxNodes: number; kubernetesServiceIP: string; dnsServiceIP: string }[] };
			expect(plan.ok).toBe(true);
			expect(plan.plan).toEqual([expect.objectContaining({ family: 'IPv4', maxNodes: 256, kubernetesServiceIP: '10.96.0.1', dnsServiceIP: '10.96.0.10' })]);

			const overlap = kprimer(['cidr', '--pod', '10.96.0.0/16', '--service', '10.96.0.0/12']);
			expect(overlap.status).toBe(1);
			expect(overlap.stdout).toMatch(/^error {2}cidr\/overlap {2}\[service #1\]$/m);
		});

		it('exits 2 on bad usage', () => {
			const r = kprimer(['lint', '--format', 'xml', 'deployment-service.yaml']);
			expect(r.status).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain('--format');
			expect(kprimer(['cidr', '--pod', '10.244.0.0/16']).status).toBe(2);
		});
	});
});
