// `kprimer lint`: the command-line twin of the YAML playground. Same core, same rules, same messages.
// Interface (stable): lint [--k8s <minor>] [--format text|json|sarif|junit] [--json] [--lang en|zh] [--disable <rule>]... <file|-> ...
// Exit status: 1 when any error was found, 0 otherwise, 2 for bad usage or unreadable input.
import { parseArgs } from 'node:util';
import { formatMessage } from '../lib/i18n/index.ts';
import { isRuleId, isSupportedK8sVersion, LATEST_K8S_VERSION, lintManifests, loadExtensionsFor, SUPPORTED_K8S_VERSIONS } from '../lib/manifest/index.ts';
import { en } from '../lib/manifest/messages/en/index.ts';
import { zh } from '../lib/manifest/messages/zh/index.ts';
import { formatJson } from './format/json.ts';
import { formatJunit } from './format/junit.ts';
import { STDIN_NAME } from './format/report.ts';
import type { FileReport, LintReport } from './format/report.ts';
import { formatSarif } from './format/sarif.ts';
import { formatText } from './format/text.ts';
import type { CliIO } from './io.ts';

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif, junit: formatJunit } as const;
type Format = keyof typeof FORMATS;
const isFormat = (name: string): name is Format => Object.hasOwn(FORMATS, name);

// The CLI checks whole files; allow more than the page does.
const CLI_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

const usage = `Usage: kprimer lint [options] <file|-> ...

Validate Kubernetes manifests: YAML syntax, apiVersion/kind and names, the strict
schema of every built-in kind, what the API server's own validation refuses,
CustomResourceDefinitions and their objects (with CEL rules), the Gateway API,
kustomization files, removed and deprecated APIs, cross-resource references
and best practice. "-" reads standard input.

Options:
  --k8s <minor>       Target Kubernetes version, ${SUPPORTED_K8S_VERSIONS[0]} to ${LATEST_K8S_VERSION} (default ${LATEST_K8S_VERSION})
  --format <format>   Output format (default text):
                        text   file:line:column severity rule message, then a summary
                        json   one JSON object: { "k8sVersion", "files": [ { "file", "diagnostics": [...], "coverage" } ] }
                               (coverage: document indexes not fully checked, by reason)
                        sarif  SARIF 2.1.0, for code-scanning dashboards (e.g. GitHub code scanning)
                        junit  JUnit XML, for CI test reports: a testsuite per file, a testcase per document
  --json              Same as --format json
  --lang <en|zh>      Language of the messages (default en)
  --disable <rule>    Skip a rule (repeatable, or comma-separated)
  -h, --help          Show this help

Exit status: 1 if any error was found, 0 otherwise, 2 for bad usage.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				k8s: { type: 'string' },
				format: { type: 'string' },
				json: { type: 'boolean', default: false },
				lang: { type: 'string', default: 'en' },
				disable: { type: 'string', multiple: true, default: [] },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		io.stderr(`kprimer lint: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout(usage);
		return 0;
	}
	const lang = values.lang;
	if (lang !== 'en' && lang !== 'zh') {
		io.stderr(`kprimer lint: --lang must be "en" or "zh", not "${lang}".\n`);
		return 2;
	}
	if (values.format !== undefined && !isFormat(values.format)) {
		io.stderr(`kprimer lint: --format must be one of ${Object.keys(FORMATS).join(', ')}, not "${values.format}".\n`);
		return 2;
	}
	if (values.json && values.format !== undefined && values.format !== 'json') {
		io.stderr(`kprimer lint: --json means --format json; it cannot be combined with --format ${values.format}.\n`);
		return 2;
	}
	const format: Format = values.json ? 'json' : ((values.format as Format | undefined) ?? 'text');
	const k8sVersion = values.k8s ?? LATEST_K8S_VERSION;
	if (!isSupportedK8sVersion(k8sVersion)) {
		io.stderr(`kprimer lint: --k8s must be a minor version from ${SUPPORTED_K8S_VERSIONS[0]} to ${LATEST_K8S_VERSION} (e.g. 1.23), not "${k8sVersion}".\n`);
		return 2;
	}
	const disabledRules = values.disable
		.flatMap((value) => value.split(','))
		.map((id) => id.trim())
		.filter(Boolean);
	const unknown = disabledRules.filter((id) => !isRuleId(id));
	if (unknown.length) {
		io.stderr(`kprimer lint: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in --disable.\n`);
		return 2;
	}
	if (positionals.length === 0) {
		io.stderr(`kprimer lint: no input; give one or more files, or "-" for standard input.\n\n${usage}`);
		return 2;
	}

	// The CLI bundle holds both catalogues; --lang picks one.
	const catalogue = lang === 'zh' ? zh : en;
	const files: FileReport[] = [];
	for (const file of positionals) {
		let input: string;
		try {
			input = await io.readInput(file);
		} catch (error) {
			io.stderr(`kprimer lint: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
			return 2;
		}
		await loadExtensionsFor(input);
		const result = lintManifests(input, { k8sVersion, disabledRules, maxInputLength: CLI_MAX_INPUT_LENGTH });
		const diagnostics = result.diagnostics.map((d) => ({
			severity: d.severity,
			rule: d.rule,
			message: formatMessage(catalogue, d.message),
			messageId: d.message.id,
			params: d.message.params,
			line: d.line,
			column: d.column,
			endLine: d.endLine,
			endColumn: d.endColumn,
			path: d.path,
			document: d.document,
		}));
		files.push({ file: file === '-' ? STDIN_NAME : file, diagnostics, documents: result.documents, coverage: result.coverage });
	}

	const report: LintReport = { k8sVersion, lang, files };
	io.stdout(FORMATS[format](report));
	return files.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
