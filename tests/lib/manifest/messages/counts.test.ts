// Counts in the manifest catalogues go through Intl: the plural form by the language's rules and the
// digits grouped ("1,048,576"); the engine passes numbers, never text it formatted itself.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../src/lib/i18n/index.ts';
import { lintManifests } from '../../../../src/lib/manifest/index.ts';
import { en } from '../../../../src/lib/manifest/messages/en/index.ts';
import { zh } from '../../../../src/lib/manifest/messages/zh/index.ts';

const say = (catalogue: typeof en | typeof zh, id: string, params: Record<string, unknown>) => formatMessage(catalogue, { id, params: params as never });

describe('counts in the manifest catalogues', () => {
	it('pick the singular for one', () => {
		expect(say(en, 'custom-resources/check-instance:at-least-characters-it-has', { minLength: 1, length: 0 })).toBe('At least 1 character (it has 0).');
		expect(say(en, 'custom-resources/check-instance:at-most-characters-it-has', { maxLength: 63, length: 64 })).toBe('At most 63 characters (it has 64).');
		expect(say(en, 'fragment/check-list:at-least-items-it-has', { minItems: 1, itemsCount: 0 })).toBe('At least 1 item (it has 0).');
		expect(say(en, 'fragment/check-map:at-most-entries-it-has', { maxProperties: 1, count: 2 })).toBe('At most 1 entry (it has 2).');
		expect(say(en, 'yaml/invalid-character:control-characters-in-total-the', { count: 1 })).toMatch(/^1 control character in total/);
		expect(say(en, 'semantic/secret-type-keys', { type: 'kubernetes.io/tls', anyOf: false, keys: ['tls.key'] })).toMatch(/needs the key "tls\.key"/);
		expect(say(en, 'semantic/secret-type-keys', { type: 'kubernetes.io/tls', anyOf: false, keys: ['tls.crt', 'tls.key'] })).toMatch(/needs the keys /);
	});

	it('group the digits in both languages', () => {
		expect(say(en, 'lint/too-many-problems', { maxDiagnostics: 1000 })).toBe('Stopped after 1,000 problems.');
		expect(say(zh, 'lint/too-many-problems', { maxDiagnostics: 1000 })).toBe('问题过多，只显示前 1,000 个。');
		expect(say(en, 'semantic/storageclass-parameters:parameters-total-bytes-at-most', { total: 300000 })).toContain('total 300,000 bytes');
		expect(say(zh, 'semantic/annotations-too-large', { total: 262145 })).toContain('注解共 262,145 字节');
	});

	it('get numbers from the engine, formatted only by the catalogue', () => {
		const result = lintManifests('x'.repeat(12_346), { maxInputLength: 12_345 });
		const tooLarge = result.diagnostics.find((d) => d.rule === 'yaml/input-too-large')!;
		expect(tooLarge.message.params).toEqual({ length: 12_346, limit: 12_345 });
		expect(formatMessage(en, tooLarge.message)).toContain('the limit is 12,345');
		expect(formatMessage(zh, tooLarge.message)).toContain('上限是 12,345 个');
	});
});
