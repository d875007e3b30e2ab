import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions, no browser, no build) and `e2e` (Chromium against the built site).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**'],
					// The files share one module registry per worker: importing the engines and their schemas
					// once instead of once per file halves the CPU time of the run. A test that needs a freshly
					// started engine asks for one (vi.resetModules(), as gateway-api.test.ts does).
					isolate: false,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/support/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// Two files at a time, each with its own Chromium: most files drive one page and wait on it
					// (typing, polling for markers), which leaves the second core idle when files run one by one.
					maxWorkers: 2,
					fileParallelism: true,
					// Tests marked concurrent (site.test.ts, no-js.test.ts, print.test.ts, phone.test.ts) check two pages at a time.
					maxConcurrency: 2,
				},
			},
		],
	},
});
