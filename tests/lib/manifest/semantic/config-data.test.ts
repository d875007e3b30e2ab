// ConfigMap and Secret as kube-apiserver validates them (ValidateConfigMap, ValidateSecret), after the v1
// conversion merges stringData into data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';
import { enText } from '../words.ts';

const text = readFileSync(new URL('./fixtures/config-data.yaml', import.meta.url), 'utf8');

describe('semantic: ConfigMap and Secret', () => {
	it('checks keys with IsConfigMapKey', () => {
		expect(located(text, 'semantic/config-key')).toEqual([
			{ line: 6, column: 3, endLine: 6, endColumn: 12, path: 'data["bad key"]' },
			{ line: 7, column: 3, endLine: 7, endColumn: 11, path: 'data["..hidden"]' },
		]);
	});

	it('rejects a ConfigMap key in both data and binaryData', () => {
		expect(located(text, 'semantic/configmap-duplicate-key')).toEqual([{ line: 8, column: 3, endLine: 8, endColumn: 7, path: 'data.logo' }]);
	});

	it('needs the keys of each built-in Secret type, and JSON for docker configs', () => {
		expect(located(text, 'semantic/secret-type-keys')).toEqual([
			{ line: 15, column: 7, endLine: 15, endColumn: 24, path: 'data' },
			{ line: 24, column: 22, endLine: 24, endColumn: 34, path: 'stringData[".dockerconfigjson"]' },
			{ line: 31, column: 22, endLine: 31, endColumn: 30, path: 'data[".dockerconfigjson"]' },
			{ line: 36, column: 7, endLine: 36, endColumn: 31, path: 'data' },
			{ line: 43, column: 31, endLine: 43, endColumn: 33, path: 'stringData.ssh-privatekey' },
			{ line: 48, column: 7, endLine: 48, endColumn: 42, path: 'metadata.annotations["kubernetes.io/service-account.name"]' },
		]);
		expect(enText(lint(text).find((d) => d.rule === 'semantic/secret-type-keys')!.message)).toContain('"tls.key"');
	});

	it('limits the total size to 1 MiB, counting base64 decoded', () => {
		// Values count in UTF-8 bytes: "中" is three.
		const big = (n: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: big }\ndata:\n  a: ${'中'.repeat(n)}\n  b: xy\n`;
		expect(located(big(349_525), 'semantic/config-size')).toEqual([{ line: 4, column: 1, endLine: 4, endColumn: 5, path: '' }]);
		expect(located(big(349_524), 'semantic/config-size')).toEqual([]);
		// 1 MiB of data as base64 is 1.33 MiB of text, and still fits.
		const encoded = btoa('y'.repeat(1024 * 1024));
		const secret = (data: string) => `apiVersion: v1\nkind: Secret\nmetadata: { name: s }\ndata:\n  a: ${data}\n`;
		expect(located(secret(encoded), 'semantic/config-size', { maxInputLength: 2 ** 22 })).toEqual([]);
		expect(located(secret(btoa('y'.repeat(1024 * 1024 + 1))), 'semantic/config-size', { maxInputLength: 2 ** 22 })).toHaveLength(1);
	});

	it('accepts valid ConfigMaps and Secrets (stringData overriding data, Opaque default, both spellings of JSON)', () => {
		const valid = yaml`
			apiVersion: v1
			kind: ConfigMap
			metadata: { name: settings }
			data: { app.properties: "mode=fast", .env: "A=1", LOG_LEVEL: info }
			binaryData: { logo.png: iVBORw0KGgo= }
			---
			apiVersion: v1
			kind: Secret
			metadata: { name: tls }
			type: kubernetes.io/tls
			data: { tls.crt: Y2VydA== }
			stringData: { tls.key: key, tls.crt: override }
			---
			apiVersion: v1
			kind: Secret
			metadata: { name: pull }
			type: kubernetes.io/dockerconfigjson
			data: { .dockerconfigjson: eyJhdXRocyI6e319 }
			---
			apiVersion: v1
			kind: Secret
			metadata: { name: basic }
			type: kubernetes.io/basic-auth
			stringData: { password: "" }
			---
			apiVersion: v1
			kind: Secret
			metadata: { name: opaque }
			stringData: { "config.yaml": "a: 1" }
		`;
		expect(lint(valid).filter((d) => d.severity === 'error')).toEqual([]);
	});
});
