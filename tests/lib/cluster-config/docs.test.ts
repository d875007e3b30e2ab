import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_RULE_LIST } from '../../../src/lib/cluster-config/read-config.ts';

const doc = readFileSync(new URL('../../../docs/cidr-rules.md', import.meta.url), 'utf8');
const section = doc.slice(doc.indexOf('## The kubeadm configuration view'));

describe('docs/cidr-rules.md, kubeadm configuration view', () => {
	it.each(CONFIG_RULE_LIST.map((r) => [r.id, r.severity] as const))('documents %s as %s', (id, severity) => {
		expect(section).toMatch(new RegExp(`^\\| \`${id}\` \\| ${severity} \\|`, 'm'));
	});

	it('documents no rule the reader does not have', () => {
		const documented = [...section.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]);
		expect(documented.sort()).toEqual(CONFIG_RULE_LIST.map((r) => r.id).sort());
	});
});
