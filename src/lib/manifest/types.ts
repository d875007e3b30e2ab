// Public types of the manifest linter: what goes in, what comes out.
import type { DocumentCache } from './document-cache.ts';
import type { MessageRef, Severity } from '../i18n/index.ts';

export type { Severity };

/** The layers of checks, in the order they run. */
export type RuleLayer = 'syntax' | 'identity' | 'schema' | 'semantic' | 'custom-resource' | 'api-version' | 'cross-resource' | 'best-practice';

export interface Diagnostic {
	severity: Severity;
	/** Stable rule id, e.g. `schema/unknown-field`; see the rule catalogue. */
	rule: string;
	/**
	 * The words, as data (`formatMessage(catalogue, message)` at the edges): a manifest message id
	 * (src/lib/manifest/messages/) or, for the kubeadm network rules, a CIDR one.
	 */
	message: MessageRef;
	/** 1-based position of the first character. */
	line: number;
	column: number;
	/** 1-based position just after the last character (exclusive end, as editors expect). */
	endLine: number;
	endColumn: number;
	/** 0-based UTF-16 offsets into the text that was linted. */
	offset: number;
	endOffset: number;
	/** Field path inside the document, e.g. `spec.template.spec.containers[0].image`; '' for the whole document. */
	path: string;
	/** 0-based index of the YAML document (`---` separated) the diagnostic belongs to. */
	document: number;
}

export interface LintOptions {
	/** Target Kubernetes minor release, e.g. "1.23"; defaults to the release the bundled schema describes. */
	k8sVersion?: string;
	/** Rule ids to skip (any rule can be disabled; best-practice rules are meant to be). */
	disabledRules?: Iterable<string>;
	/** Inputs longer than this many UTF-16 code units get one located error instead of a parse. */
	maxInputLength?: number;
	/** Stop collecting diagnostics after this many (binary pastes would otherwise produce thousands). */
	maxDiagnostics?: number;
	/** Parsed documents kept between runs, so that only changed documents are parsed again (the playground's worker). */
	documentCache?: DocumentCache;
}

/** What the linter learnt about each YAML document, for summaries and the page's outline. */
export interface DocumentSummary {
	index: number;
	/** 1-based first and last line of the document. */
	startLine: number;
	endLine: number;
	apiVersion?: string;
	kind?: string;
	name?: string;
	namespace?: string;
}

/**
 * Which documents could not be checked by every layer, by reason, so that a verdict claims API-server
 * acceptance only for what was checked. Each list holds document indexes; a document appears at most once.
 */
export interface LintCoverage {
	/** Custom objects whose CustomResourceDefinition is neither in the paste nor bundled. */
	noSchema: number[];
	/** Custom objects whose x-kubernetes-validations rules could not all be evaluated. */
	celNotEvaluated: number[];
	/** Unrendered Helm templates. */
	helmTemplates: number[];
	/** kustomization.yaml files (kustomize's input, checked against kustomize's types, not sent to the API server). */
	kustomizations: number[];
}

export interface LintResult {
	k8sVersion: string;
	documents: DocumentSummary[];
	/** Sorted by position. */
	diagnostics: Diagnostic[];
	/** What could not be checked fully; absent or empty lists when everything was. */
	coverage?: LintCoverage;
	/** The input was longer than `maxInputLength` and nothing in it was checked (lengths in UTF-16 code units). */
	tooLarge?: { length: number; limit: number };
}
