import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cidr.ts';
import type { CliIO } from '../../src/cli/io.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fakeIO() {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIO = {
		stdout: (t) => void out.push(t),
		stderr: (t) => void err.push(t),
		readInput: async () => '',
	};
	return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function cli(...argv: string[]) {
	const f = fakeIO();
	const code = await run(argv, f.io);
	return { code, stdout: f.stdout(), stderr: f.stderr() };
}

const GOOD = ['--pod', '10.244.0.0/16', '--service', '10.96.0.0/12'];

describe('kprimer cidr: usage', () => {
	it('--help prints usage to stdout and exits 0', async () => {
		const r = await cli('--help');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Usage: kprimer cidr --pod <cidrs> --service <cidrs>');
		expect(r.stdout).toContain('--node-mask-v6');
		expect(r.stderr).toBe('');
	});

	const bad: Array<[name: string, argv: string[], problem: string]> = [
		['missing --pod', ['--service', '10.96.0.0/12'], 'missing --pod'],
		['missing --service', ['--pod', '10.244.0.0/16'], 'missing --service'],
		['no arguments', [], 'missing --pod'],
		['unknown flag', [...GOOD, '--bogus'], "'--bogus'"],
		['missing value at the end', ['--service', '10.96.0.0/12', '--pod'], '--pod'],
		['option instead of a value', ['--pod', '--service', '10.96.0.0/12'], '--pod'],
		['positional argument', [...GOOD, 'extra'], 'extra'],
		['bad --lang', [...GOOD, '--lang', 'fr'], '--lang must be "en" or "zh"'],
	];
	it.each(bad)('%s exits 2 with usage on stderr', async (_name, argv, problem) => {
		const r = await cli(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(problem);
		expect(r.stderr).toContain('Usage: kprimer cidr');
	});

	it('a huge unknown flag is not echoed unbounded', async () => {
		const r = await cli(...GOOD, `--${'x'.repeat(10_000)}`);
		expect(r.code).toBe(2);
		expect(r.stderr.length).toBeLessThan(3000);
	});
});

describe('kprimer cidr: text output', () => {
	it('a clean plan exits 0 and shows the plan', async () => {
		const r = await cli(...GOOD);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Kubernetes address plan: OK — 0 errors, 0 warnings, 0 notes');
		expect(r.stdout).toMatch(/Per-node Pod ranges\s+256/);
		expect(r.stdout).toMatch(/kubernetes Service IP\s+10\.96\.0\.1\n/);
		expect(r.stdout).toMatch(/Cluster DNS Service IP\s+10\.96\.0\.10\n/);
	});

	it('an error exits 1 and lists rule, field and message', async () => {
		const r = await cli('--pod', '10.0.0.0/8', '--service', '10.96.0.0/12');
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('FAILED — 1 error');
		expect(r.stdout).toContain('error  cidr/overlap  [service #1]');
		expect(r.stdout).toContain('4,096 of 65,536 /24 ranges');
	});

	it('warnings alone exit 0', async () => {
		const r = await cli('--pod', '10.244.0.0/16', '--service', '10.96.0.1/12');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('warning  cidr/host-bits-set');
	});

	it('--lang zh prints Chinese', async () => {
		const r = await cli('--pod', '10.0.0.0/8', '--service', '10.96.0.0/12', '--lang', 'zh');
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('Kubernetes 地址规划：未通过');
		expect(r.stdout).toContain('错误  cidr/overlap');
		expect(r.stdout).toContain('重叠');
	});

	it('options reach the core', async () => {
		const r = await cli('--pod', 'fd00:10:244::/56', '--service', 'fd00:10:96::/112', '--node-mask-v4', '24');
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('cidr/node-mask-unused-family');
		const masks = await cli(...GOOD, '--node-mask-v4', '26', '--max-pods', '60');
		expect(masks.code).toBe(0);
		expect(masks.stdout).toMatch(/Pod range\s+10\.244\.0\.0\/16, \/26 per node/);
	});
});

describe('kprimer cidr: --json', () => {
	it('prints exactly one JSON object with the documented shape', async () => {
		const r = await cli('--pod', '10.244.0.0/16,fd00:10:244::/56', '--service', '10.96.0.0/12,fd00:10:96::/64', '--json');
		expect(r.code).toBe(1);
		expect(r.stdout.trim().split('\n')).toHaveLength(1);
		const json = JSON.parse(r.stdout) as {
			ok: boolean;
			diagnostics: Array<Record<string, unknown>>;
			plan: Array<Record<string, unknown>>;
		};
		expect(json.ok).toBe(false);
		for (const d of json.diagnostics) {
			expect(['error', 'warning', 'info']).toContain(d.severity);
			expect(typeof d.rule).toBe('string');
			expect(typeof d.field).toBe('string');
			expect(typeof d.message).toBe('string');
		}
		expect(json.diagnostics.map((d) => d.rule)).toContain('cidr/service-too-large');
		expect(json.plan).toHaveLength(2);
		for (const p of json.plan) {
			for (const key of ['family', 'pod', 'service', 'kubernetesServiceIP', 'dnsServiceIP']) expect(typeof p[key]).toBe('string');
			for (const key of ['nodeMask', 'nodeRanges', 'nodeRangesReservedByService']) expect(typeof p[key]).toBe('number');
			expect(['number', 'string']).toContain(typeof p.serviceIPs);
		}
		// Beyond 2^53 as strings.
		expect(json.plan[1]).toMatchObject({ family: 'IPv6', serviceIPs: '18446744073709551615', addressesPerNode: '18446744073709551616' });
		expect(json.plan[0]).toMatchObject({ family: 'IPv4', serviceIPs: 1048574, kubernetesServiceIP: '10.96.0.1', dnsServiceIP: '10.96.0.10' });
	});

	it('carries index and range for underlining, and the chosen language', async () => {
		const r = await cli('--pod', '10.244.0.0/16, fd00::/56', '--service', '10.96.0.0/12', '--json', '--lang', 'zh');
		const json = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; index?: number; range?: unknown; message: string }> };
		const parse = json.diagnostics.find((d) => d.rule === 'cidr/parse');
		expect(parse).toMatchObject({ index: 1, range: { start: 14, end: 24 } });
		expect(parse?.message).toContain('空白字符');
	});
});

describe('kprimer cidr: the real process', () => {
	function spawn(...args: string[]) {
		const r = spawnSync(process.execPath, ['src/cli/main.ts', 'cidr', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
		return { code: r.status, stdout: r.stdout, stderr: r.stderr };
	}

	it('exit 0 and a JSON plan for a good plan', () => {
		const r = spawn(...GOOD, '--json');
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const json = JSON.parse(r.stdout) as { ok: boolean; diagnostics: unknown[]; plan: Array<{ family: string; nodeRanges: number }> };
		expect(json).toMatchObject({ ok: true, diagnostics: [] });
		expect(json.plan).toEqual([expect.objectContaining({ family: 'IPv4', nodeRanges: 256 })]);
	});

	it('exit 1 for a plan with errors', () => {
		const r = spawn('--pod', '10.96/12', '--service', '10.96.0.0/12', '--json');
		expect(r.code).toBe(1);
		const json = JSON.parse(r.stdout) as { ok: boolean; diagnostics: Array<{ rule: string; field: string }> };
		expect(json.ok).toBe(false);
		expect(json.diagnostics[0]).toMatchObject({ rule: 'cidr/parse', field: 'pod' });
	});

	it('exit 2 for bad usage', () => {
		const r = spawn('--pod', '10.244.0.0/16');
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('missing --service');
	});
});

describe('kprimer cidr: counts', () => {
	it('groups digits and picks the plural form with Intl, in both languages', async () => {
		const r = await cli(...GOOD, '--node', '192.168.0.0/16');
		expect(r.stdout).toMatch(/Service range\s+10\.96\.0\.0\/12 — 1,048,574 Service IPs\n/);
		expect(r.stdout).toMatch(/65,534 node addresses/);
		const zh = await cli(...GOOD, '--node', '192.168.0.0/16', '--lang', 'zh');
		expect(zh.stdout).toContain('1,048,574 个 Service IP');
	});
});
