// The manifest playground's own words count with Intl: plural forms and grouped digits in both languages.
import { describe, expect, it } from 'vitest';
import { enText } from '../../../src/playgrounds/manifests/text-en.ts';
import { zhText } from '../../../src/playgrounds/manifests/text-zh.ts';

describe('manifest playground text', () => {
	it('counts switched-off rules in the singular and the plural', () => {
		expect(enText.settingsOnlyLink('example', '1.37', 1)).toContain('(Kubernetes 1.37, 1 best-practice rule switched off)');
		expect(enText.settingsOnlyLink('example', '1.37', 2)).toContain('2 best-practice rules switched off');
		expect(zhText.settingsOnlyLink('example', '1.37', 2)).toContain('关闭了 2 条最佳实践规则');
	});
	it('groups long lengths in the page’s language', () => {
		expect(enText.tooLarge(1_048_577, 1_048_576)).toContain('1,048,577 characters long and this page checks at most 1,048,576');
		expect(zhText.pasteNotInserted(2_000_000, 1_048_576)).toContain('2,000,000 个字符');
	});
});
