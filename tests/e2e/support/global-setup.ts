// Starts the built site on a local port for the browser tests, and decides whether they can run.
import { existsSync } from 'node:fs';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { chromiumInstallHint, findChromium } from '../../../scripts/lib/chromium.ts';
import { distDir } from '../../../scripts/lib/built-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		browserAvailable: boolean;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error(`No built site in ${distDir}. Run \`npm run build\` first (\`npm test\` does it for you).`);
	}
	const browser = findChromium();
	if (!browser) {
		const message = `Chromium was not found, so the browser tests cannot run. Install it with: ${chromiumInstallHint} (or set CHROMIUM_PATH).`;
		if (process.env.CI) throw new Error(message);
		console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n!! The browser tests are SKIPPED on this machine. In CI they fail instead.\n${'!'.repeat(100)}\n`);
	}
	project.provide('browserAvailable', !!browser);

	const port = await freePort();
	const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
	project.provide('baseURL', `http://127.0.0.1:${port}`);
	return async () => {
		await server.stop();
	};
}
