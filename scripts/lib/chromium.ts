// Finds and launches Debian's Chromium for Playwright. Playwright never downloads a browser here:
// the machines have no route to its CDN, so we always pass an executable path.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumInstallHint = 'apt-get update && apt-get install -y chromium';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return candidates.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet on a machine with no internet (no update checks, no sync, no QUIC probes). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(`No Chromium found (looked at $CHROMIUM_PATH and ${candidates.join(', ')}). Install it: ${chromiumInstallHint}`);
	}
	return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}
