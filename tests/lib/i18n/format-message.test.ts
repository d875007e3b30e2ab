import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/lib/i18n/index.ts';
import { message } from '../../../src/lib/manifest/index.ts';
import type { RuleId } from '../../../src/lib/manifest/index.ts';
import { en } from '../../../src/lib/manifest/messages/en/index.ts';
import { zh } from '../../../src/lib/manifest/messages/zh/index.ts';

describe('formatMessage', () => {
	it('words one ref in each catalogue’s language', () => {
		const ref = message('semantic/service-duplicate-port', { port: 80, protocol: 'TCP' });
		expect(ref).toEqual({ id: 'semantic/service-duplicate-port', params: { port: 80, protocol: 'TCP' } });
		expect(formatMessage(en, ref)).toBe('Port 80/TCP appears twice in spec.ports.');
		expect(formatMessage(zh, ref)).toBe('端口 80/TCP 在 spec.ports 中出现了两次。');
	});

	it('formats a nested message param in the same language first', () => {
		const ref = message('semantic/service-port-name-invalid', { name: 'Web', DNS1123_LABEL_TEXT: message('fragment/dns1123-label-text') });
		expect(formatMessage(en, ref)).toMatch(/^Port name "Web" is invalid: it must .*lowercase/);
		expect(formatMessage(zh, ref)).toMatch(/^端口名称“Web”无效：.*小写/);
	});

	it('gives the id for an unknown id or a throwing entry, never throws', () => {
		expect(formatMessage(en, { id: 'no/such-message', params: {} })).toBe('no/such-message');
		expect(formatMessage(en, { id: 'toString', params: {} })).toBe('toString');
		expect(
			formatMessage(
				{
					boom: () => {
						throw new Error('x');
					},
				},
				{ id: 'boom', params: {} },
			),
		).toBe('boom');
	});

	it('a wrong id, param name or rule id fails the type check (tsc checks these lines)', () => {
		// @ts-expect-error: no such message id
		const wrongId = () => message('semantic/service-duplicate-prot', { port: 80, protocol: 'TCP' });
		// @ts-expect-error: the param is `port`, not `number`
		const wrongParam = () => message('semantic/service-duplicate-port', { number: 80, protocol: 'TCP' });
		// @ts-expect-error: no such rule
		const wrongRule: RuleId = 'semantic/service-duplicate-prot';
		expect([typeof wrongId, typeof wrongParam, wrongRule]).toEqual(['function', 'function', 'semantic/service-duplicate-prot']);
	});

	it('every English message has a Chinese one and no id is shared by accident', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});
});
