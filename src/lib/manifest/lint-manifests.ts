// The linter's entry point: runs the six layers over a paste and returns located, bilingual diagnostics.
// Pure and synchronous, so a Web Worker, the CLI and the tests all call the same function.
import { checkApiVersions } from './check-api-versions.ts';
import { checkBestPractice } from './check-best-practice.ts';
import { checkClusterConfiguration } from './check-cluster-configuration.ts';
import type { ClusterNetworkRules } from './check-cluster-configuration.ts';
import { checkCrossResource } from './check-cross-resource.ts';
import { cidrClusterNetworkRules } from './cluster-network-rules.ts';
import { checkIdentity } from './check-identity.ts';
import { checkSchema } from './check-schema.ts';
import { checkSemantics } from './semantic/index.ts';
import { checkCustomResources } from './custom-resources/check-custom-resources.ts';
import type { CustomResourceOutcome } from './custom-resources/check-custom-resources.ts';
import { checkKustomizations } from './kustomize/check-kustomization.ts';
import { isSupportedK8sVersion, LATEST_K8S_VERSION } from './k8s-versions.ts';
import { parseDocuments } from './parse-documents.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { ruleInfo } from './rule-catalogue.ts';
import { SourceText, toDiagnostic } from './source-text.ts';
import type { Diagnostic, DocumentSummary, LintCoverage, LintOptions, LintResult } from './types.ts';
import { message } from './message.ts';

export const DEFAULT_MAX_DIAGNOSTICS = 1000;

// A ClusterConfiguration's podSubnet/serviceSubnet get the CIDR playground's rules (src/lib/cidr).
const clusterNetworkRules: ClusterNetworkRules = cidrClusterNetworkRules;

export function lintManifests(input: string, options: LintOptions = {}): LintResult {
	const k8sVersion = options.k8sVersion && isSupportedK8sVersion(options.k8sVersion) ? options.k8sVersion : LATEST_K8S_VERSION;
	const disabled = new Set(options.disabledRules ?? []);
	const maxDiagnostics = options.maxDiagnostics ?? DEFAULT_MAX_DIAGNOSTICS;

	const parsed = parseDocuments(typeof input === 'string' ? input : String(input), options.maxInputLength, options.documentCache);
	const source = new SourceText(parsed.text);
	const findings: DocumentFinding[] = [...parsed.findings];
	let identity: ReturnType<typeof checkIdentity>;
	try {
		identity = checkIdentity(parsed.documents);
	} catch (error) {
		identity = {
			objects: [],
			findings: [{ rule: 'lint/internal-error', message: message('lint/internal-error', { error: String(error) }), start: 0, end: 1, path: '', document: 0 }],
		};
	}
	findings.push(...identity.findings);
	const { objects } = identity;
	let customResources: CustomResourceOutcome | undefined;
	const layers = [
		() => checkSchema(objects, parsed.text),
		() => checkSemantics(objects, k8sVersion),
		() => (customResources = checkCustomResources(objects, parsed.text)).findings,
		() => checkKustomizations(objects, parsed.text),
		() => checkApiVersions(objects, k8sVersion),
		() => checkCrossResource(objects),
		() => checkBestPractice(objects, k8sVersion),
		() => checkClusterConfiguration(objects, clusterNetworkRules, parsed.text, parsed.documents),
	];
	for (const layer of layers) {
		try {
			findings.push(...layer());
		} catch (error) {
			// A bug in one layer must not hide the others' results, nor crash the page.
			findings.push({
				rule: 'lint/internal-error',
				message: message('lint/internal-error', { error: String(error) }),
				start: 0,
				end: 1,
				path: '',
				document: 0,
			});
		}
	}

	let diagnostics: Diagnostic[] = [];
	for (const finding of findings) {
		if (disabled.has(finding.rule)) continue;
		const severity = finding.severity ?? ruleInfo(finding.rule)?.severity ?? 'error';
		diagnostics.push(toDiagnostic(source, finding, severity, finding.document));
	}
	diagnostics.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.rule.localeCompare(b.rule));
	if (diagnostics.length > maxDiagnostics) {
		const last = diagnostics[maxDiagnostics - 1]!;
		diagnostics = diagnostics.slice(0, maxDiagnostics);
		diagnostics.push({
			...last,
			severity: 'info',
			rule: 'lint/too-many-problems',
			message: message('lint/too-many-problems', { maxDiagnostics }),
		});
	}

	const documents: DocumentSummary[] = parsed.documents.map((doc) => {
		const object = objects.find((o) => o.document === doc.index && o.path.length === 0);
		const summary: DocumentSummary = {
			index: doc.index,
			startLine: source.position(doc.start).line,
			endLine: source.position(Math.max(doc.start, doc.end - 1)).line,
		};
		if (object?.apiVersion) summary.apiVersion = object.apiVersion;
		if (object?.kind) summary.kind = object.kind;
		if (object?.name) summary.name = object.name;
		if (object?.namespace) summary.namespace = object.namespace;
		return summary;
	});
	const coverage = coverageOf(findings, parsed.helmTemplates, objects, customResources);
	const result: LintResult = { k8sVersion, documents, diagnostics, coverage };
	if (parsed.tooLarge) result.tooLarge = { ...parsed.tooLarge };
	return result;
}

/** What could not be checked, from the findings that say so (before rules are disabled: a hidden note still means "not checked"). */
function coverageOf(
	findings: readonly DocumentFinding[],
	helmTemplates: readonly number[],
	objects: ReturnType<typeof checkIdentity>['objects'],
	customResources: CustomResourceOutcome | undefined,
): LintCoverage {
	const taken = new Set<number>(helmTemplates);
	const claim = (documents: Iterable<number>) => {
		const out: number[] = [];
		for (const d of documents) {
			if (taken.has(d)) continue;
			taken.add(d);
			out.push(d);
		}
		return out.sort((a, b) => a - b);
	};
	const kustomizations = claim(new Set(objects.filter((o) => o.kustomization).map((o) => o.document)));
	const noSchema = claim(new Set(findings.filter((f) => f.rule === 'identity/custom-resource').map((f) => f.document)));
	const celNotEvaluated = claim(customResources?.celSkippedDocuments ?? []);
	return { noSchema, celNotEvaluated, helmTemplates: [...helmTemplates], kustomizations };
}
