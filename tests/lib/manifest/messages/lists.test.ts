// Lists in messages: the engine passes the items (string[]) and each catalogue joins them with Intl.ListFormat
// through list() — "and" or "or" as the sentence means; 、 and 和/或 in Chinese.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../src/lib/i18n/index.ts';
import { lintManifests } from '../../../../src/lib/manifest/index.ts';
import { en } from '../../../../src/lib/manifest/messages/en/index.ts';
import { zh } from '../../../../src/lib/manifest/messages/zh/index.ts';

const findings = (yaml: string, rule: string) => lintManifests(yaml).diagnostics.filter((d) => d.rule === rule);

describe('lists in the manifest catalogues', () => {
	it('a probe with no handler names the handlers as alternatives', () => {
		const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n      livenessProbe:\n        periodSeconds: 5\n';
		const [probe] = findings(pod, 'semantic/probe');
		expect(Array.isArray(probe!.message.params.actions)).toBe(true);
		expect(formatMessage(en, probe!.message)).toMatch(/must specify one handler: exec, httpGet, tcpSocket, or grpc\.$/);
		expect(formatMessage(zh, probe!.message)).toMatch(/必须指定一种处理方式：exec、httpGet、tcpSocket 或 grpc。$/);
	});

	it('a probe with two handlers lists what it found', () => {
		const pod =
			'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n      livenessProbe:\n        exec:\n          command: [true]\n        tcpSocket:\n          port: 80\n';
		const [probe] = findings(pod, 'semantic/probe');
		expect(formatMessage(en, probe!.message)).toContain('(found exec and tcpSocket)');
		expect(formatMessage(zh, probe!.message)).toContain('（现有 exec 和 tcpSocket）');
	});

	it('a Secret’s required keys: all of them, or one of them', () => {
		const say = (catalogue: typeof en | typeof zh, anyOf: boolean, keys: string[]) =>
			formatMessage(catalogue, { id: 'semantic/secret-type-keys', params: { type: 'kubernetes.io/tls', anyOf, keys } });
		expect(say(en, false, ['tls.crt', 'tls.key'])).toContain('needs the keys "tls.crt" and "tls.key" in data');
		expect(say(en, true, ['.dockercfg', '.dockerconfigjson'])).toContain('needs the key ".dockercfg" or ".dockerconfigjson" in data');
		expect(say(zh, false, ['tls.crt', 'tls.key'])).toContain('提供键“tls.crt”和“tls.key”。');
	});
});
