// The committed schemas in src/generated/ are exactly what their generators write today: each generator
// runs into a temporary folder and every file must match byte for byte (a stale or hand-edited file
// fails here; run the generator named in the message and commit the result).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const generators = [
	{ script: 'scripts/generate-k8s-schema.ts', committed: 'src/generated/k8s-schema' },
	{ script: 'scripts/generate-gateway-api-schema.ts', committed: 'src/generated/gateway-api' },
];
const scratch = mkdtempSync(join(tmpdir(), 'kprimer-generated-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(generators)('$script', ({ script, committed }) => {
	const out = join(scratch, committed.split('/').at(-1)!);
	// process.execPath is the project's Node 24 (vitest runs on it), which runs the TypeScript directly.
	const run = spawnSync(process.execPath, [script, '--out', out], { encoding: 'utf8' });

	it('runs', () => {
		expect(run.stderr).not.toMatch(/Error/);
		expect(run.status).toBe(0);
	});

	it(`writes the files committed in ${committed}`, () => {
		const generated = readdirSync(out).sort();
		const kept = readdirSync(committed)
			.filter((name) => name !== 'README.md')
			.sort();
		expect(kept).toEqual(generated);
		for (const name of generated) {
			const fresh = readFileSync(join(out, name), 'utf8');
			const current = readFileSync(join(committed, name), 'utf8');
			// A plain boolean: printing a megabyte-long diff helps nobody; the message says what to run.
			expect(current === fresh, `${committed}/${name} is stale: run node_modules/.bin/node ${script}`).toBe(true);
		}
	});
});
