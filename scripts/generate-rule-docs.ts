// Rewrites the rule tables of docs/cidr-rules.md and docs/manifest-rules.md from the rule catalogues
// (`npm run docs:rules`). Only the marked tables change; the prose around them is kept as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CIDR_RULES_DOC, MANIFEST_RULES_DOC, renderCidrRulesDoc, renderManifestRulesDoc } from './lib/rule-tables.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const [file, render] of [
	[CIDR_RULES_DOC, renderCidrRulesDoc],
	[MANIFEST_RULES_DOC, renderManifestRulesDoc],
] as const) {
	const path = `${root}${file}`;
	const before = readFileSync(path, 'utf8');
	const after = render(before);
	if (after === before) console.log(`${file}: up to date`);
	else {
		writeFileSync(path, after);
		console.log(`${file}: tables rewritten`);
	}
}
