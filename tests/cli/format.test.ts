// `kprimer lint --format …`: each format's real structure, parsed back (SARIF as JSON, JUnit with a strict
// XML parser), on real fixtures.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../../src/cli/format/junit.ts';
import { run } from '../../src/cli/lint.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { RULE_LIST as CIDR_RULES } from '../../src/lib/cidr/rule-catalogue.ts';
import { ruleInfo } from '../../src/lib/manifest/index.ts';
import { enRules } from '../../src/lib/manifest/messages/en/index.ts';
import { zhRules } from '../../src/lib/manifest/messages/zh/index.ts';

const fixtures = 'tests/fixtures/manifests';
const repoRoot = new URL('../../', import.meta.url).pathname;
const BROKEN = `${fixtures}/broken-every-layer.yaml`;
const CLEAN = `${fixtures}/deployment-service.yaml`;

function fakeIo(stdin = ''): CliIO & { out: string; err: string } {
	const io = {
		out: '',
		err: '',
		stdout: (text: string) => {
			io.out += text;
		},
		stderr: (text: string) => {
			io.err += text;
		},
		readInput: async (path: string) => (path === '-' ? stdin : readFile(new URL(path, `file://${repoRoot}`), 'utf8')),
	};
	return io;
}

async function lint(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
	const io = fakeIo(stdin);
	const code = await run(args, io);
	return { code, out: io.out, err: io.err };
}

interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/** Parses with sax in strict mode (it throws on anything that is not well-formed XML) into a small tree. */
function parseXml(xml: string): XmlElement {
	const sax = createRequire(import.meta.url)('sax') as {
		parser: (strict: boolean) => {
			onopentag: (n: { name: string; attributes: Record<string, string> }) => void;
			onclosetag: () => void;
			ontext: (t: string) => void;
			onerror: (e: Error) => void;
			write: (s: string) => { close: () => void };
		};
	};
	const parser = sax.parser(true);
	const root: XmlElement = { name: '#root', attributes: {}, children: [], text: '' };
	const stack = [root];
	parser.onopentag = (node) => {
		const element = { name: node.name, attributes: node.attributes, children: [], text: '' };
		stack.at(-1)!.children.push(element);
		stack.push(element);
	};
	parser.onclosetag = () => void stack.pop();
	parser.ontext = (text) => {
		stack.at(-1)!.text += text;
	};
	parser.onerror = (error) => {
		throw error;
	};
	parser.write(xml).close();
	expect(root.children).toHaveLength(1);
	return root.children[0]!;
}

const all = (element: XmlElement, name: string): XmlElement[] => element.children.filter((c) => c.name === name);

describe('kprimer lint --format', () => {
	it('text is the default and the same as --format text', async () => {
		const byDefault = await lint([BROKEN]);
		const explicit = await lint(['--format', 'text', BROKEN]);
		expect(explicit).toEqual(byDefault);
		expect(byDefault.code).toBe(1);
		expect(byDefault.out).toMatch(/^tests\/fixtures\/manifests\/broken-every-layer\.yaml:\d+:\d+ error /m);
	});

	it('--json stays the alias of --format json', async () => {
		const alias = await lint(['--json', BROKEN, CLEAN]);
		const format = await lint(['--format', 'json', BROKEN, CLEAN]);
		expect(alias).toEqual(format);
		const report = JSON.parse(alias.out) as { k8sVersion: string; files: { file: string; diagnostics: { rule: string }[] }[] };
		expect(report.files.map((f) => f.file)).toEqual([BROKEN, CLEAN]);
		expect(report.files[0]!.diagnostics.length).toBeGreaterThan(10);
		expect((await lint(['--json', '--format', 'json', CLEAN])).code).toBe(0);
	});

	it('refuses an unknown format and --json with another format', async () => {
		const unknown = await lint(['--format', 'xml', CLEAN]);
		expect(unknown.code).toBe(2);
		expect(unknown.err).toContain('--format must be one of text, json, sarif, junit, not "xml"');
		const clash = await lint(['--json', '--format', 'sarif', CLEAN]);
		expect(clash.code).toBe(2);
		expect(clash.err).toContain('cannot be combined with --format sarif');
		expect(clash.out).toBe('');
	});

	it('sarif: SARIF 2.1.0 with catalogue rules and one located result per finding', async () => {
		const json = await lint(['--json', BROKEN]);
		const expected = (
			JSON.parse(json.out) as {
				files: { diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; path: string }[] }[];
			}
		).files[0]!.diagnostics;
		const { code, out } = await lint(['--format', 'sarif', BROKEN]);
		expect(code).toBe(1);
		const sarif = JSON.parse(out);
		expect(sarif.version).toBe('2.1.0');
		expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
		expect(sarif.runs).toHaveLength(1);
		const [runResult] = sarif.runs;
		expect(runResult.tool.driver.name).toBe('kprimer');
		expect(runResult.columnKind).toBe('utf16CodeUnits');
		const rules = runResult.tool.driver.rules as {
			id: string;
			shortDescription: { text: string };
			fullDescription: { text: string };
			help: { text: string };
			defaultConfiguration: { level: string };
		}[];
		// Each rule once, only the rules the results use, with the catalogue's words.
		expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
		expect(rules.map((r) => r.id).sort()).toEqual([...new Set(expected.map((d) => d.rule))].sort());
		const unknownField = rules.find((r) => r.id === 'schema/unknown-field')!;
		expect(unknownField.shortDescription.text).toBe(enRules['schema/unknown-field'].title);
		expect(unknownField.fullDescription.text).toBe(enRules['schema/unknown-field'].explanation);
		expect(unknownField.defaultConfiguration.level).toBe('error');
		const semantic = rules.find((r) => r.id.startsWith('semantic/'));
		if (semantic) expect(semantic.help.text).toContain(`Kubernetes source: ${ruleInfo(semantic.id)!.source}`);

		const results = runResult.results as {
			ruleId: string;
			ruleIndex: number;
			level: string;
			message: { text: string };
			locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> }; logicalLocations?: { fullyQualifiedName: string }[] }[];
		}[];
		expect(results).toHaveLength(expected.length);
		results.forEach((result, i) => {
			const d = expected[i]!;
			expect(result.ruleId).toBe(d.rule);
			expect(rules[result.ruleIndex]!.id).toBe(d.rule);
			expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[d.severity]);
			expect(result.message.text).toBe(d.message);
			const [location] = result.locations;
			expect(location!.physicalLocation.artifactLocation.uri).toBe(BROKEN);
			expect(location!.physicalLocation.region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
			if (d.path) expect(location!.logicalLocations![0]!.fullyQualifiedName).toBe(d.path);
		});
		expect(results.find((r) => r.ruleId === 'schema/unknown-field')!.locations[0]!.physicalLocation.region).toEqual({
			startLine: 16,
			startColumn: 7,
			endLine: 16,
			endColumn: 17,
		});
	});

	it('sarif: a clean file has no results; --lang zh gives Chinese rule texts; stdin has a URI', async () => {
		const clean = JSON.parse((await lint(['--format', 'sarif', CLEAN])).out);
		expect(clean.runs[0].results).toEqual([]);
		expect(clean.runs[0].tool.driver.rules).toEqual([]);
		const zh = JSON.parse((await lint(['--format', 'sarif', '--lang', 'zh', '-'], 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containres: []\n')).out);
		const rule = zh.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'schema/unknown-field');
		expect(rule.shortDescription.text).toBe(zhRules['schema/unknown-field'].title);
		expect(zh.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
	});

	it('sarif: CIDR rules from a kubeadm ClusterConfiguration are described from the CIDR catalogue', async () => {
		const input = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.96.0.0/16\n  serviceSubnet: 10.96.0.0/12\n';
		const sarif = JSON.parse((await lint(['--format', 'sarif', '-'], input)).out);
		const overlap = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'cidr/overlap');
		const catalogue = CIDR_RULES.find((r) => r.id === 'cidr/overlap')!;
		expect(overlap.shortDescription.text).toBe(catalogue.summary);
		expect(overlap.help.text).toContain(catalogue.source);
		const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'cidr/overlap');
		expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(4);
	});

	it('junit: one testsuite per file, one testcase per document, a failure per error', async () => {
		const json = JSON.parse((await lint(['--json', BROKEN, CLEAN])).out) as { files: { diagnostics: { severity: string; rule: string; message: string }[] }[] };
		const { code, out } = await lint(['--format', 'junit', BROKEN, CLEAN]);
		expect(code).toBe(1);
		expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
		const root = parseXml(out);
		expect(root.name).toBe('testsuites');
		const suites = all(root, 'testsuite');
		expect(suites.map((s) => s.attributes.name)).toEqual([BROKEN, CLEAN]);
		const [broken, clean] = suites;
		const brokenDocs = (await readFile(new URL(BROKEN, `file://${repoRoot}`), 'utf8')).split(/^---$/m).length;
		expect(all(broken!, 'testcase')).toHaveLength(brokenDocs);
		expect(Number(broken!.attributes.tests)).toBe(brokenDocs);
		const failures = all(broken!, 'testcase').flatMap((c) => all(c, 'failure'));
		const errors = json.files[0]!.diagnostics.filter((d) => d.severity === 'error');
		expect(failures.map((f) => f.attributes.type)).toEqual(errors.map((d) => d.rule));
		expect(failures.map((f) => f.attributes.message)).toEqual(errors.map((d) => d.message));
		expect(failures[0]!.text).toMatch(new RegExp(`^${BROKEN.replace(/\./g, '\\.')}:\\d+:\\d+ error `));
		expect(Number(broken!.attributes.failures)).toBe(all(broken!, 'testcase').filter((c) => all(c, 'failure').length > 0).length);
		expect(Number(root.attributes.failures)).toBe(Number(broken!.attributes.failures));
		// The clean file: every document passes (no failure, no skip).
		expect(clean!.attributes.failures).toBe('0');
		for (const testcase of all(clean!, 'testcase')) expect(testcase.children.filter((c) => c.name !== 'system-out')).toEqual([]);
		expect(all(clean!, 'testcase').map((c) => c.attributes.name)[0]).toMatch(/^Deployment \S+ \(document 1, lines \d+–\d+\)$/);
	});

	it('junit: a custom resource without its schema is skipped, not passed', async () => {
		const input = 'apiVersion: example.org/v1\nkind: Other\nmetadata: { name: o }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n';
		const root = parseXml((await lint(['--format', 'junit', '-'], input)).out);
		const [suite] = all(root, 'testsuite');
		expect(suite!.attributes.name).toBe('<stdin>');
		const [custom, configMap] = all(suite!, 'testcase');
		expect(all(custom!, 'skipped')[0]!.attributes.message).toContain('Not checked: 1 custom resource: no schema');
		expect(all(custom!, 'system-out')[0]!.text).toContain('identity/custom-resource');
		expect(configMap!.children).toEqual([]);
		expect(suite!.attributes.skipped).toBe('1');
	});

	it('junit: messages quoting the input are escaped into well-formed XML', async () => {
		const input = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a<b>&\'c\\""\n';
		const { out } = await lint(['--format', 'junit', '-'], input);
		const failure = all(all(all(parseXml(out), 'testsuite')[0]!, 'testcase')[0]!, 'failure')[0]!;
		expect(failure.attributes.type).toBe('identity/invalid-name');
		expect(failure.attributes.message).toContain('a<b>&\'c"');
		expect(xmlEscape('a\u0000b\u001b<&>"\'')).toBe('a\uFFFDb\uFFFD&lt;&amp;&gt;&quot;&apos;');
	});
});
