// `kprimer lint`: through run() with a fake io, and once as a real child process.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/lint.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { formatMessage } from '../../src/lib/i18n/index.ts';
import type { MessageParams } from '../../src/lib/i18n/index.ts';
import { en } from '../../src/lib/manifest/messages/en/index.ts';

const fixtures = 'tests/fixtures/manifests';
const repoRoot = new URL('../../', import.meta.url).pathname;

function fakeIo(stdin = ''): CliIO & { out: string; err: string } {
	const io = {
		out: '',
		err: '',
		stdout: (text: string) => {
			io.out += text;
		},
		stderr: (text: string) => {
			io.err += text;
		},
		readInput: async (path: string) => (path === '-' ? stdin : readFile(new URL(path, `file://${repoRoot}`), 'utf8')),
	};
	return io;
}

describe('kprimer lint (run)', () => {
	it('prints file:line:col severity rule message and exits 1 on errors', async () => {
		const io = fakeIo();
		const code = await run([`${fixtures}/broken-every-layer.yaml`], io);
		expect(code).toBe(1);
		const lines = io.out.trim().split('\n');
		expect(lines).toContain(
			`${fixtures}/broken-every-layer.yaml:16:7 error schema/unknown-field Unknown field "containres" — did you mean "containers"? The API server rejects unknown fields under strict validation.`,
		);
		expect(lines.at(-1)).toMatch(/^1 file: 10 errors, \d+ warnings, \d+ notes \(Kubernetes 1\.36\)$/);
	});

	it('exits 0 for a clean file', async () => {
		const io = fakeIo();
		expect(await run([`${fixtures}/deployment-service.yaml`], io)).toBe(0);
		expect(io.out).toBe('1 file: 0 errors, 0 warnings, 0 notes (Kubernetes 1.36)\n');
	});

	it('--json prints exactly one JSON object of the documented shape', async () => {
		const io = fakeIo();
		const code = await run(['--json', '--k8s', '1.23', `${fixtures}/legacy-1.15.yaml`, `${fixtures}/pod.yaml`], io);
		expect(code).toBe(1);
		const report = JSON.parse(io.out) as { files: { file: string; diagnostics: Record<string, unknown>[] }[] };
		expect(report.files.map((f) => f.file)).toEqual([`${fixtures}/legacy-1.15.yaml`, `${fixtures}/pod.yaml`]);
		const [first] = report.files[0]!.diagnostics;
		expect(Object.keys(first!).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'messageId', 'params', 'path', 'rule', 'severity']);
		expect(first).toMatchObject({ severity: 'error', rule: 'api/removed', line: 2, column: 13, endLine: 2, endColumn: 31, path: 'apiVersion', messageId: 'api/removed' });
		// The message as data is the same in every language and formats back to the text the report shows.
		expect(first!.params).toMatchObject({ apiVersion: 'extensions/v1beta1', removedIn: '1.16', target: '1.23' });
		expect(formatMessage(en, { id: first!.messageId as string, params: first!.params as MessageParams })).toBe(first!.message);
		const zhIo = fakeIo();
		await run(['--json', '--lang', 'zh', '--k8s', '1.23', `${fixtures}/legacy-1.15.yaml`], zhIo);
		const zhFirst = (JSON.parse(zhIo.out) as typeof report).files[0]!.diagnostics[0]!;
		expect(zhFirst.message).toMatch(/[\u4e00-\u9fff]/);
		expect({ messageId: zhFirst.messageId, params: zhFirst.params }).toEqual({ messageId: first!.messageId, params: first!.params });
		expect(report.files[1]!.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
	});

	it('--lang zh prints Chinese messages; "-" reads standard input', async () => {
		const io = fakeIo('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containres: []\n');
		expect(await run(['--lang', 'zh', '--disable', 'schema/missing-required', '-'], io)).toBe(1);
		expect(io.out).toContain('<stdin>:6:3 error schema/unknown-field 未知字段“containres”');
		expect(io.out).toContain('1 个文件：1 个错误');
	});

	it('--disable switches rules off (repeatable and comma-separated)', async () => {
		const io = fakeIo();
		expect(await run(['--disable', 'bp/image-tag,bp/readiness-probe', '--disable', 'bp/liveness-probe', `${fixtures}/pod.yaml`], io)).toBe(0);
		expect(io.out).not.toMatch(/bp\/(image-tag|readiness-probe|liveness-probe)/);
		expect(io.out).toContain('bp/resource-requests');
	});

	it('exits 2 for bad usage', async () => {
		for (const argv of [
			[],
			['--k8s', '1.99', 'x.yaml'],
			['--k8s', 'latest', 'x.yaml'],
			['--lang', 'fr', 'x.yaml'],
			['--nope', 'x.yaml'],
			['--disable', 'no/such-rule', 'x.yaml'],
		]) {
			const io = fakeIo();
			expect(await run(argv, io), argv.join(' ')).toBe(2);
			expect(io.err).toMatch(/^kprimer lint: /);
			expect(io.out).toBe('');
		}
		const io = fakeIo();
		expect(await run(['does/not/exist.yaml'], io)).toBe(2);
		expect(io.err).toContain('cannot read does/not/exist.yaml');
	});

	it('--help prints the usage and exits 0', async () => {
		const io = fakeIo();
		expect(await run(['--help'], io)).toBe(0);
		expect(io.out).toContain('Usage: kprimer lint [options] <file|-> ...');
		expect(io.out).toContain('--k8s <minor>');
	});
});

describe('kprimer lint (child process)', () => {
	const node = process.execPath;
	const exec = promisify(execFile);

	it('runs through src/cli/main.ts with real files and exit codes', async () => {
		const failing = await exec(node, ['src/cli/main.ts', 'lint', '--json', `${fixtures}/broken-every-layer.yaml`], { cwd: repoRoot }).then(
			() => undefined,
			(error: { code: number; stdout: string }) => error,
		);
		expect(failing?.code).toBe(1);
		const report = JSON.parse(failing!.stdout) as { files: { diagnostics: { rule: string }[] }[] };
		expect(report.files[0]!.diagnostics.map((d) => d.rule)).toContain('yaml/duplicate-key');

		const clean = await exec(node, ['src/cli/main.ts', 'lint', `${fixtures}/deployment-service.yaml`], { cwd: repoRoot });
		expect(clean.stdout).toBe('1 file: 0 errors, 0 warnings, 0 notes (Kubernetes 1.36)\n');
	}, 30_000);
});
