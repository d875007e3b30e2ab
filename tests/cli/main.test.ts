// The entry point's own answers: usage, version, unknown commands (the commands have their own tests).
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

async function cli(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readInput: async () => '' };
	const code = await main(argv, io);
	return { code, stdout, stderr };
}

describe('kprimer (main)', () => {
	it('prints usage to stdout with --help, to stderr with status 2 when no command is given', async () => {
		const help = await cli('--help');
		expect(help).toMatchObject({ code: 0, stderr: '' });
		expect(help.stdout).toMatch(/^Usage: kprimer <command>/);
		const none = await cli();
		expect(none).toMatchObject({ code: 2, stdout: '' });
		expect(none.stderr).toBe(help.stdout);
	});

	it('says it runs from source when asked its version outside the bundle', async () => {
		expect(await cli('--version')).toEqual({ code: 0, stdout: 'kprimer development (run from source)\n', stderr: '' });
	});

	it('refuses an unknown command with status 2', async () => {
		const r = await cli('lnit', 'x.yaml');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/^Unknown command "lnit"/);
	});

	it('dispatches to the command', async () => {
		const r = await cli('cidr', '--pod', '10.244.0.0/16', '--service', '10.96.0.0/12', '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
	});
});
