// `kprimer lint`: the command-line twin of the YAML playground. Same core, same rules, same messages.
// Interface (stable): lint [--k8s <minor>] [--json] [--lang en|zh] [--disable <rule>]... <file|-> ...
// Exit status: 1 when any error was found, 0 otherwise, 2 for bad usage or unreadable input.
import { parseArgs } from 'node:util';
import { isSupportedK8sVersion, LATEST_K8S_VERSION, lintManifests, loadExtensionsFor, RULES, SUPPORTED_K8S_VERSIONS } from '../lib/manifest/index.ts';
import type { Diagnostic, LintCoverage } from '../lib/manifest/index.ts';
import { PLAYGROUND_TEXT } from '../lib/manifest/playground-text.ts';
import type { CliIO } from './main.ts';

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
  --json              Print one JSON object: { "files": [ { "file", "diagnostics": [...], "coverage" } ] }
                      (coverage: document indexes not fully checked, by reason)
  --lang <en|zh>      Language of the messages (default en)
  --disable <rule>    Skip a rule (repeatable, or comma-separated)
  -h, --help          Show this help

Exit status: 1 if any error was found, 0 otherwise, 2 for bad usage.
`;

interface JsonDiagnostic {
	severity: Diagnostic['severity'];
	rule: string;
	message: string;
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	path: string;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				k8s: { type: 'string' },
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
	const k8sVersion = values.k8s ?? LATEST_K8S_VERSION;
	if (!isSupportedK8sVersion(k8sVersion)) {
		io.stderr(`kprimer lint: --k8s must be a minor version from ${SUPPORTED_K8S_VERSIONS[0]} to ${LATEST_K8S_VERSION} (e.g. 1.23), not "${k8sVersion}".\n`);
		return 2;
	}
	const disabledRules = values.disable.flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
	const known = new Set(RULES.map((rule) => rule.id));
	const unknown = disabledRules.filter((id) => !known.has(id));
	if (unknown.length) {
		io.stderr(`kprimer lint: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in --disable.\n`);
		return 2;
	}
	if (positionals.length === 0) {
		io.stderr(`kprimer lint: no input; give one or more files, or "-" for standard input.\n\n${usage}`);
		return 2;
	}

	const files: { file: string; diagnostics: JsonDiagnostic[]; coverage?: LintCoverage }[] = [];
	let anyError = false;
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
		const diagnostics = result.diagnostics.map(
			(d): JsonDiagnostic => ({
				severity: d.severity,
				rule: d.rule,
				message: d.message[lang],
				line: d.line,
				column: d.column,
				endLine: d.endLine,
				endColumn: d.endColumn,
				path: d.path,
			}),
		);
		if (diagnostics.some((d) => d.severity === 'error')) anyError = true;
		files.push({ file: file === '-' ? '<stdin>' : file, diagnostics, coverage: result.coverage });
	}

	if (values.json) {
		io.stdout(`${JSON.stringify({ k8sVersion, files }, null, 2)}\n`);
	} else {
		const lines: string[] = [];
		for (const { file, diagnostics } of files) {
			for (const d of diagnostics) lines.push(`${file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
		}
		// Say what was not checked, so that "0 errors" is not read as "the API server accepts all of it".
		for (const { file, coverage } of files) {
			const unchecked = PLAYGROUND_TEXT[lang].unchecked(coverage);
			if (unchecked.length) lines.push(lang === 'zh' ? `${file}：未检查：${unchecked.join('；')}` : `${file}: not checked: ${unchecked.join('; ')}`);
		}
		const count = (severity: string) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
		const summary =
			lang === 'zh'
				? `${files.length} 个文件：${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 条提示（Kubernetes ${k8sVersion}）`
				: `${files.length} file(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info (Kubernetes ${k8sVersion})`;
		io.stdout(`${lines.length ? `${lines.join('\n')}\n` : ''}${summary}\n`);
	}
	return anyError ? 1 : 0;
}
