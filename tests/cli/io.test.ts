// The CLI's layering: commands and formatters reach the outside world through io.ts, never through the
// entry point, so main.ts is imported by nothing (no cycle) and formatters do not read or write themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const cliDir = new URL('../../src/cli/', import.meta.url);
const modules = readdirSync(cliDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
const importsOf = (file: string): string[] => [...readFileSync(new URL(file, cliDir), 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]!);

describe('src/cli layering', () => {
	it('finds the modules', () => {
		expect(modules).toEqual(expect.arrayContaining(['main.ts', 'io.ts', 'lint.ts', 'format/sarif.ts', 'format/junit.ts']));
	});

	it.each(modules.filter((f) => f !== 'main.ts'))('%s does not import main.ts', (file) => {
		expect(importsOf(file).filter((spec) => /(^|\/)main\.ts$/.test(spec))).toEqual([]);
	});

	it.each(modules.filter((f) => f.startsWith('format/')))('%s does no I/O of its own', (file) => {
		expect(importsOf(file).filter((spec) => /^node:(fs|process|child_process)/.test(spec) || spec.endsWith('io.ts'))).toEqual([]);
	});
});
