#!/usr/bin/env node
// Command-line entry point: `kprimer <command> [options]`.
// Each command lives in its own module and returns an exit status; this file only dispatches.
import { realpathSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { processIO } from './io.ts';
import type { CliIO, Command } from './io.ts';

// The bundle (scripts/build-cli.ts) replaces this with the kprimer package's version; from source it is unset.
declare const __KPRIMER_VERSION__: string | undefined;
const VERSION = typeof __KPRIMER_VERSION__ === 'string' ? __KPRIMER_VERSION__ : 'development (run from source)';

const commands: Record<string, () => Promise<Command>> = {
	cidr: async () => (await import('./cidr.ts')).run,
	lint: async () => (await import('./lint.ts')).run,
};

const usage = `Usage: kprimer <command> [options]

Commands:
  cidr   Check a cluster's node, Pod and Service address plan
  lint   Validate Kubernetes manifests

Run "kprimer <command> --help" for a command's options, "kprimer --version" for the version.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h') {
		(name ? io.stdout : io.stderr)(usage);
		return name ? 0 : 2;
	}
	if (name === '--version' || name === '-V') {
		io.stdout(`kprimer ${VERSION}\n`);
		return 0;
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
	main(process.argv.slice(2), processIO).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`kprimer: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
			process.exitCode = 2;
		},
	);
}
