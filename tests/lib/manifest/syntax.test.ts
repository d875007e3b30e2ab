// Layer 1: YAML syntax, located, and read the way Kubernetes reads it (YAML 1.1 scalars).
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { located, yaml } from './helpers.ts';
import { enText, zhText } from './words.ts';

describe('syntax layer', () => {
	it('locates a parser error (unclosed quote)', () => {
		const text = yaml`
			apiVersion: v1
			kind: ConfigMap
			metadata:
			  name: "broken
			data: {}
		`;
		const errors = located(text, 'yaml/syntax-error');
		// The parser notices at the end of input; the diagnostic sits on the last visible character.
		expect(errors).toEqual([{ line: 5, column: 8, endLine: 5, endColumn: 9, path: '' }]);
	});

	it('reports tab indentation on the tab', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n';
		const [error] = located(text, 'yaml/syntax-error');
		expect(error).toMatchObject({ line: 4, column: 1 });
		const diagnostic = lintManifests(text).diagnostics.find((d) => d.rule === 'yaml/syntax-error')!;
		expect(enText(diagnostic.message)).toMatch(/tab/i);
		expect(zhText(diagnostic.message)).toContain('制表符');
	});

	it('reports duplicate keys on the second key, as strict decoding does', () => {
		const text = yaml`
			apiVersion: v1
			kind: ConfigMap
			metadata:
			  name: settings
			data:
			  mode: fast
			  mode: slow
		`;
		expect(located(text, 'yaml/duplicate-key')).toEqual([{ line: 7, column: 3, endLine: 7, endColumn: 7, path: '' }]);
	});

	it('reads YAML 1.1 booleans like Kubernetes: an unquoted "no" in an env value is a type error', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: p }
			spec:
			  containers:
			    - name: c
			      image: busybox:1.36
			      env:
			        - name: COUNTRY
			          value: no
			        - name: QUOTED
			          value: "no"
		`;
		const errors = lintManifests(text).diagnostics.filter((d) => d.rule === 'schema/type-mismatch');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ line: 10, column: 18, endColumn: 20, path: 'spec.containers[0].env[0].value' });
		expect(enText(errors[0]!.message)).toContain('"no"');
	});

	it('reads 0755 as an octal number and 1:20 as a string, as go-yaml v2 does', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: p }
			spec:
			  containers:
			    - name: c
			      image: busybox:1.36
			      env:
			        - name: TIME
			          value: 1:20
			  volumes:
			    - name: v
			      configMap:
			        name: cm
			        defaultMode: 0755
		`;
		expect(located(text, 'schema/type-mismatch')).toEqual([]);
	});

	it('splits documents and summarises each one', () => {
		const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n';
		const result = lintManifests(text);
		expect(result.documents).toEqual([
			{ index: 0, startLine: 1, endLine: 4, apiVersion: 'v1', kind: 'Namespace', name: 'a' },
			{ index: 1, startLine: 5, endLine: 9, apiVersion: 'v1', kind: 'Namespace', name: 'b' },
		]);
		expect(result.diagnostics).toEqual([]);
	});

	it('ignores empty documents and comment-only input', () => {
		expect(lintManifests('').diagnostics).toEqual([]);
		expect(lintManifests('# just a comment\n---\n---\n').diagnostics).toEqual([]);
	});

	it('gives each diagnostic both languages, a rule id, a severity and its document', () => {
		const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: B\n';
		const [diagnostic] = lintManifests(text).diagnostics;
		expect(diagnostic).toMatchObject({ rule: 'identity/invalid-name', severity: 'error', document: 1, line: 9, column: 9, path: 'metadata.name' });
		expect(enText(diagnostic!.message)).toMatch(/DNS-1123/);
		expect(zhText(diagnostic!.message)).toMatch(/DNS-1123/);
	});
});
