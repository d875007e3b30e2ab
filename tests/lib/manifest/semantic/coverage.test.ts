// Every rule of the metadata, Pod spec, workload and batch modules has a test that locates it, and a
// catalogue entry that cites its Kubernetes source and explains it in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as batch from '../../../../src/lib/manifest/semantic/batch.ts';
import * as metadata from '../../../../src/lib/manifest/semantic/metadata.ts';
import * as podSpec from '../../../../src/lib/manifest/semantic/pod-spec.ts';
import * as workloads from '../../../../src/lib/manifest/semantic/workloads.ts';
import * as downwardApi from '../../../../src/lib/manifest/semantic/downward-api.ts';
import * as resourceClaims from '../../../../src/lib/manifest/semantic/resource-claims.ts';
import * as podOverhead from '../../../../src/lib/manifest/semantic/pod-overhead.ts';
import * as statefulSetUpdate from '../../../../src/lib/manifest/semantic/statefulset-update.ts';
import { zhRules } from '../../../../src/lib/manifest/messages/zh/index.ts';

const modules = {
	metadata,
	'pod-spec': podSpec,
	workloads,
	batch,
	'downward-api': downwardApi,
	'resource-claims': resourceClaims,
	'pod-overhead': podOverhead,
	'statefulset-update': statefulSetUpdate,
};
const dir = new URL('./', import.meta.url);
const tests = readdirSync(dir)
	.filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts')
	.map((f) => readFileSync(new URL(f, dir), 'utf8'))
	.join('\n');

describe('semantic rules of these modules', () => {
	for (const [name, module] of Object.entries(modules)) {
		it(`${name}: every rule is located by a test and cites its source`, () => {
			const untested = module.rules.filter((r) => !tests.includes(`'${r.id}'`)).map((r) => r.id);
			expect(untested).toEqual([]);
			for (const rule of module.rules) {
				expect(rule.layer).toBe('semantic');
				expect(rule.source).toMatch(/\.go /);
				expect(zhRules[rule.id].title).not.toBe('');
				expect(zhRules[rule.id].explanation).not.toBe('');
			}
		});
	}
});
