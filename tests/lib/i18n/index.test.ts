import { describe, expect, it } from 'vitest';
import { formatNumber, langOf, list, plural } from '../../../src/lib/i18n/index.ts';

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

describe('list', () => {
	it('joins as English writes "and" and "or" lists', () => {
		expect(list('en', ['ReadWriteOnce'])).toBe('ReadWriteOnce');
		expect(list('en', ['exec', 'httpGet'])).toBe('exec and httpGet');
		expect(list('en', ['exec', 'httpGet', 'tcpSocket'])).toBe('exec, httpGet, and tcpSocket');
		expect(list('en', ['v1', 'v1beta1', 'v2'], 'or')).toBe('v1, v1beta1, or v2');
		expect(list('en', ['a', 'b', 'c'], 'unit')).toBe('a, b, c');
		expect(list('en', [])).toBe('');
	});
	it('uses 、 and 和/或 in Chinese, with a space between them and Latin text', () => {
		expect(list('zh', ['exec', 'httpGet', 'tcpSocket'])).toBe('exec、httpGet 和 tcpSocket');
		expect(list('zh', ['v1', 'v2'], 'or')).toBe('v1 或 v2');
		expect(list('zh', ['a', 'b', 'c'], 'unit')).toBe('a、b、c');
		// No space is added next to Chinese text or full-width punctuation.
		expect(list('zh', ['“甲”', '“乙”'])).toBe('“甲”和“乙”');
		expect(list('zh', ['容器', '卷'], 'or')).toBe('容器或卷');
	});
});
