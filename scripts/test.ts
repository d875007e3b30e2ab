// `npm test`: type-check, build the site (no browser needed), then run every test — the unit
// tests and the browser tests against the build. Stops at the first failing step and ends with
// a one-line summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });

const steps: [string, string[]][] = [
	['astro', ['check']],
	['astro', ['build']],
	['vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]],
];

for (const [command, args] of steps) {
	console.log(`\n> ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`\n"${command} ${args[0]}" failed (exit ${result.status ?? result.signal}).`);
		if (command === 'vitest') printSummary();
		process.exit(result.status ?? 1);
	}
}
printSummary();

function printSummary() {
	try {
		const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
		console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
	} catch {
		console.log('\nTests: no report was written.');
	}
}
