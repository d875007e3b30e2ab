import { describe, expect, it } from 'vitest';
import { readHashParams, writeHashParams } from '../../../src/playgrounds/common/hash-params.ts';
import { decodeState as decodeCidr } from '../../../src/playgrounds/cidr/share.ts';
import { decodeState as decodeManifest } from '../../../src/playgrounds/manifests/share.ts';

const names = ['pod', 'service'];
const read = (raw: string) => readHashParams(raw, { maxChars: 100, names });

describe('the shared share-link codec', () => {
	it('reads what it writes, values untouched', () => {
		const text = writeHashParams([
			['pod', '10.0.0.0%2F8'],
			['service', ''],
		]);
		expect(text).toBe('pod=10.0.0.0%2F8&service=');
		expect(read(`#${text}`)).toEqual({
			kind: 'params',
			values: new Map([
				['pod', '10.0.0.0%2F8'],
				['service', ''],
			]),
		});
	});

	it('tells empty, foreign and invalid hashes apart', () => {
		expect(read('#')).toEqual({ kind: 'empty' });
		expect(read('#capacity')).toEqual({ kind: 'foreign', text: 'capacity' });
		expect(read(`#pod=${'x'.repeat(100)}`)).toEqual({ kind: 'invalid', problem: { id: 'too-long' } });
		expect(read('#pod=1&pod=2')).toEqual({ kind: 'invalid', problem: { id: 'duplicate', name: 'pod' } });
		expect(read('#pods=1')).toEqual({ kind: 'invalid', problem: { id: 'unknown', name: 'pods' } });
		expect(read('#%E0%A4%A=1')).toEqual({ kind: 'invalid', problem: { id: 'encoding' } });
	});

	it('keeps the links both playgrounds wrote before it decodable', () => {
		// Written by the CIDR page before the codec was shared (its own encoder, same format).
		expect(decodeCidr('#pod=10.244.0.0%2F16&service=10.96.0.0%2F12&node=&mask4=24&mask6=&maxPods=110')).toMatchObject({
			kind: 'ok',
			state: { pod: '10.244.0.0/16', service: '10.96.0.0/12', nodeMaskV4: '24', maxPods: '110' },
		});
		// Written by the manifest page's encoder before the codec was shared ("apiVersion: v1\nkind: Pod\n").
		const known = { versions: ['1.36', '1.37'], latest: '1.37', rules: ['bp/image-tag'] };
		const link = '#yaml=IYBwlgagpgTgzmA9gOwFwAIBuBGAUAazGQBMMAFRY3IA&k8s=1.36&off=bp%2Fimage-tag&sum=1o3tp1f';
		expect(decodeManifest(link, known)).toEqual({ kind: 'ok', state: { text: 'apiVersion: v1\nkind: Pod\n', k8sVersion: '1.36', disabledRules: ['bp/image-tag'] } });
		expect(decodeManifest(link.replace('sum=1o3tp1f', 'sum=0'), known)).toMatchObject({ kind: 'invalid' });
	});
});
