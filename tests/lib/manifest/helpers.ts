// Shared helpers for the manifest linter tests.
import { readFileSync } from 'node:fs';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import type { Diagnostic, LintOptions } from '../../../src/lib/manifest/index.ts';

/** Removes the common indentation of a template literal, so YAML can be written inline in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
	const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
	const indent = Math.min(
		...raw
			.split('\n')
			.filter((l) => l.trim())
			.map((l) => /^[ \t]*/.exec(l)![0].length),
	);
	return raw
		.split('\n')
		.map((l) => l.slice(indent))
		.join('\n');
}

export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
	return lintManifests(text, options).diagnostics;
}

/** Diagnostics of one rule, reduced to what the tests assert: where, and on which field. */
export function located(text: string, rule: string, options: LintOptions = {}) {
	return lint(text, options)
		.filter((d) => d.rule === rule)
		.map(({ line, column, endLine, endColumn, path }) => ({ line, column, endLine, endColumn, path }));
}

export function rulesOf(diagnostics: readonly Diagnostic[]): string[] {
	return [...new Set(diagnostics.map((d) => d.rule))].sort();
}

export function fixture(name: string): string {
	return readFileSync(new URL(`../../fixtures/manifests/${name}`, import.meta.url), 'utf8');
}

/** A minimal valid Deployment that the best-practice rules are happy with, to mutate in tests. */
export const hardenedPodSpec = yaml`
      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: registry.example.com/app:1.2.3
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { memory: 128Mi }
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
          livenessProbe: { httpGet: { path: /healthz, port: 8080 } }
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`;
