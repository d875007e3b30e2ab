// The shape of the manifest playground's own words; one module per language (text-en.ts, text-zh.ts), so
// that a page's script loads only its own. Diagnostics bring their words from the message catalogues.
import type { Lang } from '../../lib/i18n/index.ts';
import type { ReportWords } from '../../lib/manifest/messages/report-words.ts';
import type { LinkProblem } from './share.ts';
import type { EditorWords } from '../monaco/editor-switch.ts';

export type { Lang };
export { langOf } from '../../lib/i18n/index.ts';

export interface PlaygroundText extends EditorWords {
	lang: Lang;
	/** Between two sentences: a space in English, nothing after a Chinese full stop. */
	sentenceGap: string;
	/** The examples' titles, by example id (src/playgrounds/manifests/examples.ts). */
	exampleTitles: Record<string, string>;
	/** Why a share link could not be opened. */
	linkProblems: Record<LinkProblem, string>;
	/** The words around findings (severity names and counts, location, verdict), shared with the CLI and the CIDR page's kubeadm view. */
	report: ReportWords;
	/** The verdict for an input over the length limit: nothing was checked, and what to do instead. */
	tooLarge: (length: number, limit: number) => string;
	/** A paste or drop into the text area that would pass the limit: left out, and why (the verdict follows). */
	pasteNotInserted: (length: number, limit: number) => string;
	checking: string;
	cursor: (line: number, column: number) => string;
	textLabel: string;
	textHint: string;
	version: string;
	examples: string;
	rules: string;
	rulesHint: string;
	problems: string;
	reset: string;
	share: string;
	copyLink: string;
	copied: string;
	copyFailed: string;
	tooLongToShare: string;
	badLink: string;
	/** Next to the editor: this text will not survive a reload, and why. */
	notKept: (reason: 'too-long' | 'refused', length: number, limit: number) => string;
	/** At load: the text of the last visit was not kept, and why. */
	notKeptOnLoad: (reason: 'too-long' | 'refused', length: number, limit: number) => string;
	/** A bad link followed while the page is open: the reader's text stays. Followed by the reason. */
	badLinkKept: string;
	/**
	 * A link with settings but no manifest (the page that made it had one too long for a link): which
	 * manifest they now apply to — the example, the reader's last one in this browser, or the one on screen.
	 */
	settingsOnlyLink: (appliedTo: 'example' | 'stored' | 'current', version: string, rulesOff: number) => string;
	/** The hash is neither a share link nor an anchor on the page. */
	unrecognisedLink: string;
	noscript: string;
	workerFailed: string;
	timedOut: string;
	exampleLoaded: (title: string) => string;
}
