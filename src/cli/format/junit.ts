// `--format junit`: JUnit XML, the test-report format CI systems show (GitLab, Jenkins, Azure DevOps, GitHub
// test-report actions). One testsuite per file, one testcase per YAML document; a document with errors
// fails (one <failure> per error), warnings and notes go to its <system-out>, and a document that could not
// be checked by every layer is <skipped> rather than passed, so the report never claims more than was checked.
import { uncheckedPhrases } from '../../lib/manifest/messages/report-words.ts';
import { REPORT_WORDS, documentCoverage } from './report.ts';
import type { FileReport, LintReport, ReportDiagnostic } from './report.ts';

/** XML 1.0 text or attribute value: escape markup, drop the characters XML cannot hold at all. */
export function xmlEscape(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const attrs = (values: Record<string, string | number>): string =>
	Object.entries(values)
		.map(([name, value]) => ` ${name}="${xmlEscape(String(value))}"`)
		.join('');

interface TestCase {
	name: string;
	diagnostics: ReportDiagnostic[];
	unchecked: string[];
}

function testCases(report: LintReport, file: FileReport): TestCase[] {
	const W = REPORT_WORDS[report.lang];
	const cases: TestCase[] = file.documents.map((doc) => {
		const what = [doc.kind, doc.name].filter(Boolean).join(' ') || undefined;
		return {
			name: W.documentCase({ what, index: doc.index + 1, startLine: doc.startLine, endLine: doc.endLine }),
			diagnostics: file.diagnostics.filter((d) => d.document === doc.index),
			unchecked: uncheckedPhrases(W, documentCoverage(file.coverage, doc.index)),
		};
	});
	// Findings about the file as a whole (too large, too many problems) belong to no document.
	const known = new Set(file.documents.map((d) => d.index));
	const rest = file.diagnostics.filter((d) => !known.has(d.document));
	if (rest.length) cases.push({ name: W.wholeFile(), diagnostics: rest, unchecked: [] });
	return cases;
}

const line = (file: string, d: ReportDiagnostic): string => `${file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;

export function formatJunit(report: LintReport): string {
	const suites = report.files.map((file) => ({ file, cases: testCases(report, file) }));
	const total = (pick: (c: TestCase) => boolean) => suites.reduce((n, s) => n + s.cases.filter(pick).length, 0);
	const failed = (c: TestCase) => c.diagnostics.some((d) => d.severity === 'error');
	const skipped = (c: TestCase) => !failed(c) && c.unchecked.length > 0;
	const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
	out.push(
		`<testsuites${attrs({ name: `kprimer lint (Kubernetes ${report.k8sVersion})`, tests: total(() => true), failures: total(failed), errors: 0, skipped: total(skipped) })}>`,
	);
	for (const { file, cases } of suites) {
		out.push(`  <testsuite${attrs({ name: file.file, tests: cases.length, failures: cases.filter(failed).length, errors: 0, skipped: cases.filter(skipped).length })}>`);
		for (const c of cases) {
			const errors = c.diagnostics.filter((d) => d.severity === 'error');
			const others = c.diagnostics.filter((d) => d.severity !== 'error');
			const body: string[] = [];
			for (const d of errors) body.push(`      <failure${attrs({ message: d.message, type: d.rule })}>${xmlEscape(line(file.file, d))}</failure>`);
			if (skipped(c)) body.push(`      <skipped${attrs({ message: REPORT_WORDS[report.lang].notChecked({ unchecked: c.unchecked }) })}/>`);
			if (others.length) body.push(`      <system-out>${xmlEscape(others.map((d) => line(file.file, d)).join('\n'))}</system-out>`);
			const open = `    <testcase${attrs({ name: c.name, classname: file.file })}`;
			out.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
		}
		out.push('  </testsuite>');
	}
	out.push('</testsuites>');
	return `${out.join('\n')}\n`;
}
