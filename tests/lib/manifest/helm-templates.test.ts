// Unrendered Helm templates: one located error that says what to do, not a cascade of YAML errors.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { lint, located, yaml } from './helpers.ts';
import { enText, zhText } from './words.ts';

const chart = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: {{ include "app.fullname" . }}
    labels:
      {{- include "app.labels" . | nindent 4 }}
  spec:
    replicas: {{ .Values.replicaCount }}
    template:
      spec:
        containers:
          - name: app
            image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
  ---
  apiVersion: v1
  kind: Service
  metadata:
    name: {{ .Release.Name }}-svc
`;

describe('helm/unrendered-template', () => {
	it('is one error at the first template action, and nothing else', () => {
		const result = lintManifests(chart);
		expect(result.diagnostics.map((d) => d.rule)).toEqual(['helm/unrendered-template']);
		expect(located(chart, 'helm/unrendered-template')).toEqual([{ line: 4, column: 9, endLine: 4, endColumn: 39, path: '' }]);
		const [error] = result.diagnostics;
		expect(enText(error!.message)).toContain('helm template');
		expect(zhText(error!.message)).toContain('helm template');
		expect(result.coverage?.helmTemplates).toEqual([0, 1]);
	});

	it('is found in a quoted string when it names Helm values', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  image: "{{ .Values.image }}"\n';
		expect(located(text, 'helm/unrendered-template')).toEqual([{ line: 6, column: 11, endLine: 6, endColumn: 30, path: '' }]);
	});

	it('leaves Prometheus and Alertmanager templates inside strings alone', () => {
		const text = yaml`
			apiVersion: v1
			kind: ConfigMap
			metadata:
			  name: alert-templates
			data:
			  rules.yaml: |
			    summary: "{{ $labels.instance }} is down ({{ $value }})"
			  slack.tmpl: |
			    {{ define "slack.title" }}{{ range .Alerts }}{{ .Labels.alertname }}{{ end }}{{ end }}
			  title: '{{ template "slack.title" . }}'
		`;
		expect(lint(text).filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('leaves the documents without template actions to the other layers', () => {
		const text = `${chart}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\ndata:\n  a: 1\n`;
		const rules = lint(text).map((d) => d.rule);
		expect(rules).toContain('schema/type-mismatch');
		expect(rules.filter((r) => r.startsWith('yaml/'))).toEqual([]);
	});
});
