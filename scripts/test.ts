// `npm test`: every check the project has, in three phases whose steps run side by side (the machine
// the tests are written for has two cores; each phase pairs steps that do not depend on each other):
//   1. lint (ESLint, Prettier), then type-check (astro check)   ∥ build the site (no browser needed)
//   2. print the PDF books (npm run pdf)  ∥ unit tests, then the build for a sub-path (base-path.test.ts)
//   3. the browser tests against the build (tests/e2e/pdf.test.ts among them)
// A step's output is printed when it ends, so parallel steps never interleave. Stops after the first
// phase with a failing step and ends with a one-line summary of both test runs.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './lib/chromium.ts';

interface Step {
	name: string;
	command: string;
	args: string[];
	env?: NodeJS.ProcessEnv;
}

interface Outcome {
	step: Step;
	status: number;
	seconds: number;
}

const reports = { unit: 'test-results/vitest-unit.json', e2e: 'test-results/vitest-e2e.json' };
mkdirSync('test-results', { recursive: true });
for (const file of Object.values(reports)) rmSync(file, { force: true });

// The sub-path build goes to a temporary folder and its own cache, so it can run beside other steps.
const baseBuildDir = mkdtempSync(join(tmpdir(), 'primer-base-'));
const baseCacheDir = mkdtempSync(join(tmpdir(), 'primer-base-cache-'));
process.on('exit', () => {
	for (const dir of [baseBuildDir, `${baseBuildDir}-sourcemaps`, baseCacheDir]) rmSync(dir, { recursive: true, force: true });
});

const vitest = (project: 'unit' | 'e2e', env?: NodeJS.ProcessEnv): Step => ({
	name: `vitest ${project}`,
	command: 'vitest',
	args: ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reports[project]}`],
	env,
});

// Without Chromium the PDFs cannot be printed; like the browser tests, that is skipped here (with the
// warning the browser tests print) and fails in CI.
const canPrint = !!findChromium() || !!process.env.CI;

const phases: Step[][][] = [
	[
		[
			// Cheap, so style and layering problems fail fast.
			{ name: 'npm run lint', command: 'npm', args: ['run', '--silent', 'lint'] },
			{ name: 'astro check', command: 'astro', args: ['check'] },
		],
		[{ name: 'astro build', command: 'astro', args: ['build'] }],
	],
	[
		canPrint ? [{ name: 'npm run pdf', command: 'node', args: ['scripts/pdf.ts'] }] : [],
		[
			vitest('unit'),
			{
				name: 'astro build (SITE_BASE=/primer/)',
				command: 'astro',
				args: ['build'],
				env: { SITE_BASE: '/primer/', SITE_OUT_DIR: baseBuildDir, SITE_CACHE_DIR: baseCacheDir },
			},
		],
	],
	[[vitest('e2e', { PRIMER_BASE_BUILD_DIR: baseBuildDir })]],
];

if (!canPrint) console.log('\n> npm run pdf: skipped, Chromium was not found.');

const started = performance.now();
for (const phase of phases) {
	// Each lane runs its steps in order; the lanes of a phase run at the same time.
	const lanes = await Promise.all(phase.map(runLane));
	const failed = lanes.flat().find((o) => o.status !== 0);
	if (failed) {
		console.error(`\n"${failed.step.name}" failed (exit ${failed.status}).`);
		printSummary();
		process.exit(failed.status || 1);
	}
}
printSummary();

async function runLane(steps: Step[]): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const step of steps) {
		const outcome = await run(step);
		outcomes.push(outcome);
		if (outcome.status !== 0) break;
	}
	return outcomes;
}

function run(step: Step): Promise<Outcome> {
	const start = performance.now();
	return new Promise((resolve) => {
		const child = spawn(step.command, step.args, {
			env: { ...process.env, ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}), ...step.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		const finish = (status: number) => {
			const seconds = (performance.now() - start) / 1000;
			process.stdout.write(`\n> ${step.name} (${seconds.toFixed(1)} s)\n`);
			process.stdout.write(Buffer.concat(output));
			resolve({ step, status, seconds });
		};
		child.on('error', (error) => {
			output.push(Buffer.from(`${error.message}\n`));
			finish(127);
		});
		child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
	});
}

function printSummary() {
	const totals = { passed: 0, failed: 0, skipped: 0 };
	let written = 0;
	for (const file of Object.values(reports)) {
		try {
			const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
			totals.passed += r.numPassedTests;
			totals.failed += r.numFailedTests;
			totals.skipped += r.numPendingTests + r.numTodoTests;
			written++;
		} catch {
			// That run did not happen or did not finish.
		}
	}
	const minutes = ((performance.now() - started) / 60_000).toFixed(1);
	if (written === 0) console.log(`\nTests: no report was written (${minutes} min).`);
	else console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${written} of 2 runs reported; ${minutes} min)`);
}
