// What a command may do with the outside world: write to the two streams and read its inputs. Commands and
// formatters depend on this interface only (never on main.ts), so tests run them with a fake.
import process from 'node:process';

export interface CliIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Reads a file path, or standard input for `-`. */
	readInput: (path: string) => Promise<string>;
}

/** A command: its arguments (after the command name) in, an exit status out. */
export type Command = (argv: string[], io: CliIO) => Promise<number>;

async function readInput(path: string): Promise<string> {
	if (path === '-') {
		const chunks: Buffer[] = [];
		for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks).toString('utf8');
	}
	const { readFile } = await import('node:fs/promises');
	return readFile(path, 'utf8');
}

/** The real terminal: the process's streams and file system. */
export const processIO: CliIO = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	readInput,
};
