// `npm test`: lint first (ESLint and Prettier: cheap, so style and layering problems fail fast),
// type-check, build the site (no browser needed), print the PDF books (`npm run pdf`, which reuses
// that build), then run every test — the unit tests and the browser tests against the build,
// tests/e2e/pdf.test.ts among them. Stops at the first failing step and ends with a one-line summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });

const steps: [string, string[]][] = [
	['npm', ['run', '--silent', 'lint']],
	['astro', ['check']],
	['astro', ['build']],
	['node', ['scripts/pdf.ts']],
	['vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]],
];

for (const [command, args] of steps) {
	// Without Chromium the PDFs cannot be printed; like the browser tests, that is skipped here (with the
	// warning the browser tests print) and fails in CI.
	if (args[0] === 'scripts/pdf.ts' && !findChromium() && !process.env.CI) {
		console.log('\n> npm run pdf: skipped, Chromium was not found.');
		continue;
	}
	console.log(`\n> ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`\n"${command} ${args.slice(0, command === 'npm' ? 3 : 1).join(' ')}" failed (exit ${result.status ?? result.signal}).`);
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
