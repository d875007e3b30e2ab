// The CIDR playground's own words: the shape every language's words take. The words themselves are in
// words-en.ts and words-zh.ts, each loaded only by its own language's page (main-en.ts, main-zh.ts).
// Diagnostics bring their own messages (the engine's catalogues, src/lib/cidr/messages/).

import type { Lang, MessageFunctions } from '../../lib/i18n/index.ts';
import type { Field, Severity } from '../../lib/cidr/types.ts';
import type { BitKind, Role } from '../../lib/cidr/layout.ts';
import type { ShareProblem } from './share.ts';
import type { ReportWords } from '../../lib/manifest/messages/report-words.ts';
import type { EditorWords } from '../monaco/editor-switch.ts';

export type { Lang };

export interface ViewText {
	severity: Record<Severity, string>;
	role: Record<Role, string>;
	bitKind: Record<BitKind, string>;
	fieldName: Record<Field, string>;
	summary: (ok: boolean, errors: number, warnings: number, infos: number) => string;
	entry: (n: number) => string;
	capacity: string;
	capacityCaption: string;
	noPlan: string;
	primary: string;
	secondary: string;
	rows: {
		pod: string;
		nodeMask: string;
		nodeRanges: string;
		reserved: string;
		available: string;
		addressesPerNode: string;
		maxPods: string;
		node: string;
		nodeHosts: string;
		maxNodes: string;
		maxPodsTotal: string;
		service: string;
		serviceIPs: string;
		kubernetesIP: string;
		dnsIP: string;
	};
	none: string;
	bits: string;
	bitsIntro: string;
	rulerText: (role: string, text: string, network: number, node: number | undefined, nodeMask: number | undefined, host: number) => string;
	space: string;
	spaceIntro: string;
	spaceView: (family: string, view: string, first: string, last: string) => string;
	overlap: string;
	overlapText: (a: string, b: string, first: string, last: string) => string;
	noOverlap: string;
	config: string;
	configIntro: string;
	configErrors: string;
	configNone: string;
	copy: string;
	copyLabel: (what: string) => string;
}

export interface FormText {
	formLabel: string;
	presets: string;
	labels: Record<Field, string>;
	hints: Record<Field, string>;
	noscript: string;
	reset: string;
	share: string;
	copyLink: string;
	copied: string;
	copyFailed: string;
	badLink: string;
	badLinkKept: string;
	/** The hash is not a plan and not a heading on the page. */
	linkNotRecognised: string;
}

/** The kubeadm configuration view of the plan (config-editor.ts). */
export interface ConfigText {
	heading: string;
	intro: string;
	label: string;
	problems: string;
	/** Comment lines at the top of a configuration written afresh. */
	comments: readonly string[];
}

/** Everything one page needs to speak its language. */
export interface CidrWords {
	lang: Lang;
	view: ViewText;
	form: FormText;
	config: ConfigText;
	/** Labels of the presets, by preset id (presets.ts). */
	presets: Record<string, string>;
	/** Why a share link is not a plan. */
	shareProblem: (problem: ShareProblem) => string;
}

/** What the page loads apart, in its language (messages-en.ts, messages-zh.ts). */
export interface PageCatalogues {
	/** The CIDR engine's, the kubeadm reader's and the YAML reader's messages. */
	messages: MessageFunctions;
	/** The words around the kubeadm view's findings, shared with the manifest playground and the CLI. */
	report: ReportWords;
	/** The kubeadm view's code editor switch. */
	editor: EditorWords;
}

/** The words with the catalogues of the same language. The page loads the catalogues only once it has a
 * diagnostic to say: the example plan's are drawn at build time. */
export interface PageWords extends CidrWords, PageCatalogues {}
