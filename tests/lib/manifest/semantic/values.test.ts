// The shared apimachinery-level value checks (src/lib/manifest/semantic/values.ts).
import { parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	compareQuantities,
	configMapKeyProblem,
	envVarNameProblem,
	fileModeProblem,
	isCIdentifier,
	isDNS1035Label,
	isDNS1123Label,
	isDNS1123Subdomain,
	isIntegerQuantity,
	isValidIP,
	isValidPercent,
	isValidPortName,
	isValidPortNum,
	parseQuantity,
	quantityMilliValue,
	readIntOrString,
	readQuantity,
	relaxedEnvVarNameProblem,
	scaledIntOrPercent,
} from '../../../../src/lib/manifest/semantic/values.ts';
import { enText, zhText } from '../words.ts';

const node = (source: string) => parseDocument(`v: ${source}`, { version: '1.1' }).get('v', true) as Node;

describe('names', () => {
	it('DNS labels and subdomains', () => {
		expect(isDNS1123Label('web-0')).toBe(true);
		expect(isDNS1123Label('web.0')).toBe(false);
		expect(isDNS1123Label('a'.repeat(64))).toBe(false);
		expect(isDNS1123Subdomain('web.example.com')).toBe(true);
		expect(isDNS1123Subdomain('-web')).toBe(false);
		expect(isDNS1035Label('0web')).toBe(false);
		expect(isDNS1035Label('web0')).toBe(true);
		expect(isCIdentifier('_A1')).toBe(true);
		expect(isCIdentifier('1A')).toBe(false);
	});

	it('env var names, strict and relaxed (GA in 1.34)', () => {
		expect(envVarNameProblem('MY_VAR.x-1')).toBeUndefined();
		expect(envVarNameProblem('1VAR')).toBeDefined();
		expect(envVarNameProblem('..x')).toBeDefined();
		expect(relaxedEnvVarNameProblem('1 var: ok!')).toBeUndefined();
		expect(relaxedEnvVarNameProblem('A=B')).toBeDefined();
		expect(relaxedEnvVarNameProblem('tab\there')).toBeDefined();
		expect(relaxedEnvVarNameProblem('')).toBeDefined();
	});

	it('ConfigMap keys', () => {
		expect(configMapKeyProblem('app.properties')).toBeUndefined();
		expect(configMapKeyProblem('..data')).toBeDefined();
		expect(configMapKeyProblem('a/b')).toBeDefined();
	});
});

describe('ports and IPs', () => {
	it('port numbers and IANA service names', () => {
		expect([0, 1, 65535, 65536].map(isValidPortNum)).toEqual([false, true, true, false]);
		expect(['http', 'h2c-web', 'metrics-port-01', '8080', 'a--b', '-http', 'HTTP', 'metrics-port-012'].map(isValidPortName)).toEqual([
			true,
			true,
			true,
			false,
			false,
			false,
			false,
			false,
		]);
	});

	it('IPv4 and IPv6', () => {
		expect(['10.0.0.1', '::1', 'fe80::1', '2001:db8::ffff:10.0.0.1', '1:2:3:4:5:6:7:8'].every(isValidIP)).toBe(true);
		expect(['10.0.0', '256.0.0.1', '1::2::3', 'fe80::1%eth0', 'dns.example'].some(isValidIP)).toBe(false);
	});
});

describe('int-or-string and percentages', () => {
	it('reads ints and strings as the server decodes them', () => {
		expect(readIntOrString(node('8080'))).toEqual({ type: 'int', value: 8080 });
		expect(readIntOrString(node('"8080"'))).toEqual({ type: 'string', value: '8080' });
		expect(readIntOrString(node('25%'))).toEqual({ type: 'string', value: '25%' });
		expect(isValidPercent('25%')).toBe(true);
		expect(isValidPercent('2.5%')).toBe(false);
		expect(scaledIntOrPercent({ type: 'string', value: '25%' }, 10, true)).toBe(3);
		expect(scaledIntOrPercent({ type: 'string', value: '25%' }, 10, false)).toBe(2);
	});
});

describe('quantities', () => {
	it('parses every form exactly and compares them', () => {
		const q = (s: string) => parseQuantity(s)!;
		expect(compareQuantities(q('1Gi'), q('1G'))).toBe(1);
		expect(compareQuantities(q('1000m'), q('1'))).toBe(0);
		expect(compareQuantities(q('1e3'), q('1k'))).toBe(0);
		expect(compareQuantities(q('.5'), q('500m'))).toBe(0);
		expect(compareQuantities(q('1.5Gi'), q('1536Mi'))).toBe(0);
		expect(compareQuantities(q('100n'), q('1u'))).toBe(-1);
		expect(compareQuantities(q('1E'), q('1e18'))).toBe(0);
		expect(parseQuantity('1e3Mi')).toBeUndefined();
		expect(parseQuantity('1 Gi')).toBeUndefined();
	});

	it('reads YAML numbers as the JSON numbers the server gets', () => {
		expect(compareQuantities(readQuantity(node('0.5'))!, parseQuantity('500m')!)).toBe(0);
		expect(compareQuantities(readQuantity(node('1e3'))!, parseQuantity('1000')!)).toBe(0);
		expect(compareQuantities(readQuantity(node('0644'))!, parseQuantity('420')!)).toBe(0);
	});

	it('applies the integer test of integer resources (MilliValue rounds up)', () => {
		expect(isIntegerQuantity(parseQuantity('2')!)).toBe(true);
		expect(isIntegerQuantity(parseQuantity('2000m')!)).toBe(true);
		expect(isIntegerQuantity(parseQuantity('0.5')!)).toBe(false);
		expect(quantityMilliValue(parseQuantity('1.0001')!)).toBe(1001n);
	});
});

describe('file modes', () => {
	it('accepts 0–0777 and explains decimal look-alikes', () => {
		expect(fileModeProblem(node('0644'))).toBeUndefined();
		expect(fileModeProblem(node('420'))).toBeUndefined();
		expect(fileModeProblem(node('511'))).toBeUndefined();
		expect(fileModeProblem(node('512'))).toBeDefined();
		expect(fileModeProblem(node('-1'))).toBeDefined();
		expect(enText(fileModeProblem(node('644')))).toContain('0644');
		expect(zhText(fileModeProblem(node('644')))).toContain('0644');
	});
});
