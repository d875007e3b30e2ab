#!/usr/bin/env node
// Command-line entry point: `kprimer <command> [options]`.
// Each command lives in its own module and returns an exit status; this file only dispatches.
import { realpathSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export interface CliIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Reads a file path, or standard input for `-`. */
	readInput: (path: string) => Promise<string>;
}

type Command = (argv: string[], io: CliIO) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
	cidr: async () => (await import('./cidr.ts')).run,
	lint: async () => (await import('./lint.ts')).run,
};

const usage = `Usage: kprimer <command> [options]

Commands:
  cidr   Check a cluster's node, Pod and Service address plan
  lint   Validate Kubernetes manifests

Run "kprimer <command> --help" for a command's options.
`;

async function readInput(path: string): Promise<string> {
	if (path === '-') {
		const chunks: Buffer[] = [];
		for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks).toString('utf8');
	}
	const { readFile } = await import('node:fs/promises');
	return readFile(path, 'utf8');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h') {
		(name ? io.stdout : io.stderr)(usage);
		return name ? 0 : 2;
	}
	const load = commands[name];
	if (!load) {
		io.stderr(`Unknown command "${name}".\n\n${usage}`);
		return 2;
	}
	return (await load())(rest, io);
}

/** Run as a program (directly, through npm's `bin` link, or as the bundle), not imported by the tests. */
function invokedDirectly(): boolean {
	const entry = process.argv[1];
	if (!entry) return false;
	try {
		return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
	} catch {
		return false;
	}
}

if (invokedDirectly()) {
	const io: CliIO = {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readInput,
	};
	main(process.argv.slice(2), io).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`kprimer: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
			process.exitCode = 2;
		},
	);
}
