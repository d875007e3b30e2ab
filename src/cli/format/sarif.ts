// `--format sarif`: SARIF 2.1.0 (OASIS), the format code-scanning dashboards import (GitHub code scanning,
// GitLab, Azure DevOps, SonarQube). One run; the driver lists the rules the results use, with their title,
// explanation and Kubernetes source from the catalogue; each result points at its file and exact region.
// The shape is type-checked against @types/sarif (the SARIF 2.1.0 schema as TypeScript types).
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { RULE_LIST as CIDR_RULES } from '../../lib/cidr/rule-catalogue.ts';
import { ruleInfo } from '../../lib/manifest/index.ts';
import { enRuleList, enRules } from '../../lib/manifest/messages/en/index.ts';
import { zhRuleList, zhRules } from '../../lib/manifest/messages/zh/index.ts';
import type { Severity } from '../../lib/manifest/index.ts';
import { uncheckedPhrases } from '../../lib/manifest/messages/report-words.ts';
import { REPORT_WORDS, STDIN_NAME } from './report.ts';
import type { LintReport } from './report.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

function describeRule(id: string, severity: Severity, lang: 'en' | 'zh'): ReportingDescriptor {
	const manifestRule = ruleInfo(id);
	const cidrRule = manifestRule ? undefined : CIDR_RULES.find((r) => r.id === id);
	const words = manifestRule ? (lang === 'zh' ? zhRules : enRules)[manifestRule.id] : undefined;
	const title = words?.title ?? cidrRule?.summary ?? id;
	const explanation = words?.explanation ?? cidrRule?.summary ?? id;
	const source = manifestRule?.source ?? cidrRule?.source;
	const sourceLabel = (lang === 'zh' ? zhRuleList : enRuleList).source.replace(/[:：]\s*$/, '');
	return {
		id,
		shortDescription: { text: title },
		fullDescription: { text: explanation },
		help: {
			text: source ? `${explanation}\n\n${sourceLabel}: ${source}` : explanation,
			markdown: source ? `${explanation}\n\n${sourceLabel}: \`${source}\`` : explanation,
		},
		defaultConfiguration: { level: LEVEL[manifestRule?.severity ?? cidrRule?.severity ?? severity] },
		properties: { tags: ['kubernetes', manifestRule?.layer ?? (cidrRule ? 'cidr' : id.split('/')[0]!)] },
	};
}

/** A relative path stays relative (to the repository root, where CI runs the linter); an absolute one becomes a file: URI. */
function artifactUri(file: string): string {
	if (file === STDIN_NAME) return 'stdin';
	if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
	return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(report: LintReport): string {
	const rules: ReportingDescriptor[] = [];
	const ruleIndex = new Map<string, number>();
	const indexOf = (id: string, severity: Severity): number => {
		let index = ruleIndex.get(id);
		if (index === undefined) {
			index = rules.push(describeRule(id, severity, report.lang)) - 1;
			ruleIndex.set(id, index);
		}
		return index;
	};
	const results = report.files.flatMap(({ file, diagnostics }) =>
		diagnostics.map((d): Result => ({
			ruleId: d.rule,
			ruleIndex: indexOf(d.rule, d.severity),
			level: LEVEL[d.severity],
			message: { text: d.message },
			locations: [
				{
					physicalLocation: {
						artifactLocation: { uri: artifactUri(file) },
						region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
					},
					...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
				},
			],
			properties: { document: d.document },
		})),
	);
	// What could not be checked is not a finding about the file; SARIF's place for it is a notification.
	const notifications = report.files.flatMap(({ file, coverage }) =>
		uncheckedPhrases(REPORT_WORDS[report.lang], coverage).map((text): Notification => ({
			level: 'note',
			message: { text: REPORT_WORDS[report.lang].notChecked({ unchecked: [text] }) },
			locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file) } } }],
		})),
	);
	const sarif: Log = {
		$schema: SARIF_SCHEMA,
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'kprimer', fullName: 'kprimer lint (Kubernetes Primer manifest validator)', rules } },
				invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
				artifacts: report.files.map(({ file }) => ({ location: { uri: artifactUri(file) }, mimeType: 'application/yaml' })),
				results,
				columnKind: 'utf16CodeUnits',
				language: report.lang === 'zh' ? 'zh-CN' : 'en-US',
				properties: { k8sVersion: report.k8sVersion },
			},
		],
	};
	return `${JSON.stringify(sarif, null, 2)}\n`;
}
