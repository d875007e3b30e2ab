import { describe, expect, it } from 'vitest';
import { formatNumber, langOf, plural } from '../../../src/lib/i18n/index.ts';

describe('langOf', () => {
	it('reads every spelling of Chinese the site and the CLI meet', () => {
		for (const value of ['zh', 'zh-CN', 'zh-cn', 'ZH', 'zh_CN', ' zh ']) expect(langOf(value)).toBe('zh');
	});
	it('falls back to English', () => {
		for (const value of ['en', 'en-US', '', undefined, null, 'zhx', 'fr']) expect(langOf(value)).toBe('en');
	});
});

describe('plural and formatNumber', () => {
	it('uses English plural rules and grouping', () => {
		expect(plural('en', 1, { one: '{n} error', other: '{n} errors' })).toBe('1 error');
		expect(plural('en', 0, { one: '{n} error', other: '{n} errors' })).toBe('0 errors');
		expect(plural('en', 1048576, { one: '{n} character', other: '{n} characters' })).toBe('1,048,576 characters');
	});
	it('has one form in Chinese', () => {
		expect(plural('zh', 1, { other: '{n} 个错误' })).toBe('1 个错误');
		expect(plural('zh', 2n ** 64n, { other: '{n} 个' })).toBe('18,446,744,073,709,551,616 个');
	});
	it('formats bigints exactly', () => {
		expect(formatNumber('en', 2n ** 64n)).toBe('18,446,744,073,709,551,616');
	});
});
