// Browser side of the manifest playground: the text area works at once (validated in a Web Worker as you
// type), Monaco replaces it when it has loaded, and the problems list, share link and localStorage follow.
// Manifest text and messages only ever reach the page through .value, textContent and DOM APIs.
// Words: the page's entry module (main-en.ts or main-zh.ts) passes its language's playground text and a
// loader for its message catalogue; the worker sends message ids and params, formatted here.
import { patchChildren } from '../common/dom.ts';
import type { PatchOptions } from '../common/dom.ts';
import { hashAsId } from '../common/hash-id.ts';
import { DEFAULT_EXAMPLE_TEXT, EXAMPLES } from './examples.ts';
import type { Diagnostic, LintResult } from '../../lib/manifest/index.ts';
import { formatMessage } from '../../lib/i18n/index.ts';
import type { MessageFunctions } from '../../lib/i18n/index.ts';
import { decodeState, encodeSettings, encodeShareable, sameState } from './share.ts';
import type { DecodeResult, KnownValues, PlaygroundState } from './share.ts';
import { MAX_KEPT_TEXT, canKeep, decodeDraft, encodeDraft, encodeNotKept } from './draft.ts';
import type { NotKeptReason } from './draft.ts';
import type { PlaygroundText } from './text.ts';
import { countsView, problemCounts, problemsView, summaryText } from './problems-view.ts';
import { LintClient } from './lint-client.ts';
import { rovingList } from '../common/roving-list.ts';
import * as storage from './storage.ts';
import { textAreaSurface } from '../monaco/surface.ts';
import { editorSwitch } from '../monaco/editor-switch.ts';
import type { TextSurface } from '../monaco/surface.ts';
import { copyText } from '../common/clipboard.ts';
import { insertLargePastes } from '../common/large-paste.ts';

/** Screens where the editor may load without being asked for, once the page is idle. */
const IDLE_EDITOR_MEDIA = '(min-width: 64rem) and (pointer: fine) and (hover: hover)';
/** Storage is written this long after the last keystroke (the share link comes from the worker). */
const COMMIT_MS = 400;
/** The draft is written when the page is idle, but no later than this after the share link. */
const SAVE_IDLE_MS = 2000;
/**
 * Longer drafts wait for a real break (LONG_DRAFT_QUIET_MS without an edit), or the page being hidden or
 * left: writing 1 MB to localStorage (JSON.stringify and setItem) blocks the page for 100–250 ms, too long
 * for every pause in typing.
 */
const SAVE_WHILE_TYPING_MAX = 64 * 1024;
const LONG_DRAFT_QUIET_MS = 3000;
/**
 * The longest text the page checks (the validator's limit, which drafts share: see MAX_KEPT_TEXT). A paste
 * or drop that would take the text area past it is not inserted: Chromium lays out a text area line by
 * line, and 5 MB (175,000 lines) blocks the page for 2–7 s, with or without anything else on the page.
 */
const MAX_CHECKED_TEXT = MAX_KEPT_TEXT;

/**
 * Runs `fn` in a task after the next frame has been drawn; a hidden page draws no frames, so at the latest
 * after AFTER_FRAME_MAX_MS.
 */
const AFTER_FRAME_MAX_MS = 250;
function afterNextFrame(fn: () => void): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		fn();
	};
	requestAnimationFrame(() => setTimeout(once, 0));
	setTimeout(once, AFTER_FRAME_MAX_MS);
}
/**
 * patchChildren for the problems list: the roving tabindex and selection live on the elements; a problem
 * after the caret keeps its element when a keystroke only shifts its character offsets.
 */
const PROBLEM_PATCH: PatchOptions = { live: ['tabindex', 'aria-selected'], inPlace: ['data-offset', 'data-end-offset'] };

const whenIdle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: SAVE_IDLE_MS }) : setTimeout(fn, 200));

/** The message catalogue of the page's language, fetched with the worker (not with the page's scripts). */
export type CatalogueLoader = () => Promise<MessageFunctions>;

function setup(root: HTMLElement, T: PlaygroundText, loadCatalogue: CatalogueLoader): void {
	const sentenceGap = T.sentenceGap;
	const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
	const area = $<HTMLTextAreaElement>('#mp-text');
	const monacoBox = $<HTMLElement>('#mp-monaco');
	const editorHint = $<HTMLElement>('#mp-editor-hint');
	const toggle = $<HTMLButtonElement>('#mp-editor-toggle');
	const cursor = $<HTMLElement>('#mp-cursor');
	const version = $<HTMLSelectElement>('#mp-version');
	const summary = $<HTMLElement>('#mp-summary');
	const counts = $<HTMLElement>('#mp-counts');
	const problems = $<HTMLElement>('#mp-problems');
	const notice = $<HTMLElement>('#mp-notice');
	const shareUrl = $<HTMLInputElement>('#mp-share-url');
	const copyStatus = $<HTMLElement>('.mp-copy-status');
	const keptStatus = $<HTMLElement>('#mp-kept');
	const ruleBoxes = [...root.querySelectorAll<HTMLInputElement>('.mp-rule-list input[data-rule]')];
	// The version picker and the rule toggles say what a state may name (see KnownValues).
	const options = [...version.options];
	const LATEST = (options.find((o) => o.defaultSelected) ?? options[0]!).value;
	const known: KnownValues = { versions: options.map((o) => o.value), latest: LATEST, rules: ruleBoxes.map((b) => b.dataset.rule!) };

	const plain = textAreaSurface(area);
	let surface: TextSurface = plain;
	let lastResult: LintResult | undefined;
	// The problems list is one tab stop; Enter or a click on a problem selects its range in the editor.
	const problemList = rovingList(problems, (option) => {
		if (option.dataset.line === undefined) return; // "no problems"
		const n = (name: string) => Number(option.dataset[name]);
		surface.reveal(n('line'), n('column'), n('endLine'), n('endColumn'));
	});
	let commitTimer: ReturnType<typeof setTimeout> | undefined;
	let saveTimer: ReturnType<typeof setTimeout> | undefined;

	/** Whether the notice on show is about a paste that was left out (the next edit clears it). */
	let pasteNotice = false;
	const showNotice = (message: string | undefined) => {
		pasteNotice = false;
		notice.hidden = message === undefined;
		notice.textContent = message ?? '';
	};
	const disabledRules = () => ruleBoxes.filter((b) => !b.checked).map((b) => b.dataset.rule!);
	const current = (): PlaygroundState => ({ text: surface.getText(), k8sVersion: version.value, disabledRules: disabledRules() });
	const pageUrl = () => location.href.split('#')[0]!;

	function apply(state: PlaygroundState): void {
		surface.setText(state.text); // the hidden text area follows lazily (syncPlain)
		version.value = state.k8sVersion;
		for (const box of ruleBoxes) box.checked = !state.disabledRules.includes(box.dataset.rule!);
	}

	let catalogue: MessageFunctions | undefined;
	let catalogueLoading: Promise<void> | undefined;
	const messageOf = (d: Diagnostic) => (catalogue ? formatMessage(catalogue, d.message) : d.message.id);
	const markers = (result: LintResult) => result.diagnostics.map((d) => ({ ...d, message: messageOf(d) }));

	/** Fetched with the worker, after the page's own scripts; a result that comes first waits for it. */
	const ensureCatalogue = () =>
		(catalogueLoading ??= loadCatalogue().then(
			(loaded) => {
				catalogue = loaded;
				if (lastResult) render(lastResult);
			},
			() => showNotice(T.workerFailed),
		));

	function render(result: LintResult): void {
		lastResult = result;
		if (!catalogue) {
			// Until the words arrive the page keeps what it shows (the build-time verdict or the last one).
			void ensureCatalogue();
			return;
		}
		surface.showDiagnostics(markers(result));
		performance.mark('mp-markers'); // for the bench (scripts/bench-playground.ts) and a profile's timeline
		drawListSoon(result);
	}

	/**
	 * The problems list (with the verdict and counts above it) is drawn after the editor has drawn its markers: in the same frame, the editor's
	 * render (which measures text positions) had to lay out the freshly replaced list first, and that was
	 * most of each keystroke's longest task with a few hundred problems (docs/performance.md).
	 */
	let listResult: LintResult | undefined;
	function drawListSoon(result: LintResult): void {
		const scheduled = listResult !== undefined;
		listResult = result;
		if (!scheduled) afterNextFrame(drawList);
	}
	function drawList(): void {
		const result = listResult;
		listResult = undefined;
		if (!result) return;
		delete root.dataset.pending;
		// The verdict changes with the list it sums up, so the two never disagree (nor what is announced).
		const text = summaryText(result, T);
		if (summary.textContent !== text) summary.textContent = text; // aria-live: announce changes only
		summary.dataset.errors = String(problemCounts(result.diagnostics).error);
		patchChildren(counts, countsView(result, T));
		problemList.redraw(() => patchChildren(problems, problemsView(result, T, messageOf), PROBLEM_PATCH));
		performance.mark('mp-list');
	}

	const client = new LintClient({
		onResult: (result) => render(result),
		onPending: () => {
			root.dataset.pending = '';
		},
		onFailure: (kind) => showNotice(kind === 'timed-out' ? T.timedOut : T.workerFailed),
		onShareable: (shareable, request) => {
			// Not a refused paste's would-be text, nor a text the reader has changed since.
			const state = current();
			if (sameState(request, state)) showLink(state, shareable ?? undefined);
		},
	});

	/**
	 * The text area hidden behind the editor gets the editor's text only when something needs it (leaving the
	 * page; switching back copies it anyway): setting 1 MB into a text area costs 40–200 ms, and doing it
	 * after every pause in typing stalled the editor that long each time.
	 */
	function syncPlain(): void {
		if (surface !== plain) plain.setText(surface.getText());
	}

	/** The state the share field's link holds: a link that is not the current text's is never copied. */
	let linkState: PlaygroundState | undefined;
	function showLink(state: PlaygroundState, shareable: string | undefined): void {
		linkState = state;
		shareUrl.value = `${pageUrl()}#${shareable ?? encodeSettings(state)}`;
		copyStatus.textContent = shareable ? '' : T.tooLongToShare;
	}

	/**
	 * Share link (compressed here, at once) and storage. While the reader types, the worker compresses the
	 * link instead (onShareable), so typing never waits for lz-string; the link is made here when it is used
	 * and not current: the copy button, a focus on the field (to select it), leaving the page.
	 */
	function commit(persist: boolean): void {
		const state = current();
		showLink(state, encodeShareable(state));
		if (persist) save(state);
	}
	shareUrl.addEventListener('focus', () => {
		if (!linkState || !sameState(linkState, current())) commit(false);
	});

	/** The last state written to storage: an unchanged text is not written again. */
	let saved: PlaygroundState | undefined;
	function save(state: PlaygroundState): void {
		if (saved && saved.text === state.text && saved.k8sVersion === state.k8sVersion && saved.disabledRules.join() === state.disabledRules.join()) return;
		saved = state;
		const isDefault = state.text === DEFAULT_EXAMPLE_TEXT && state.k8sVersion === LATEST && state.disabledRules.length === 0;
		if (isDefault) {
			storage.save('state', null);
			return keep(undefined);
		}
		if (!canKeep(state.text)) {
			// Never leave an older text to come back silently: the marker makes the next visit say why.
			storage.save('state', encodeNotKept('too-long', state.text.length));
			return keep({ reason: 'too-long', length: state.text.length });
		}
		if (storage.trySave('state', encodeDraft(state))) return keep(undefined);
		// Storage full or off: a short marker may still fit; if not, at least no older text stays behind.
		if (!storage.trySave('state', encodeNotKept('refused', state.text.length))) storage.save('state', null);
		keep({ reason: 'refused', length: state.text.length });
	}

	/** Says, next to the editor, when the text is not kept in this browser (and so will not survive a reload). */
	function keep(problem: { reason: NotKeptReason; length: number } | undefined): void {
		keptStatus.hidden = problem === undefined;
		keptStatus.textContent = problem ? T.notKept(problem.reason, problem.length, MAX_KEPT_TEXT) : '';
	}

	/**
	 * After every edit. Nothing here reads the whole text at once: validation reads it when the debounce
	 * ends, the worker compresses the share link after a longer pause, and the draft is written when the page
	 * is idle after that.
	 */
	function changed(immediate: boolean): void {
		if (immediate) client.now(current());
		else client.schedule(current);
		clearTimeout(commitTimer);
		clearTimeout(saveTimer);
		commitTimer = setTimeout(
			() => {
				if (immediate) commit(false); // a new example, a version or a rule: not typing
				whenIdle(() => {
					const state = current();
					if (state.text.length <= SAVE_WHILE_TYPING_MAX || !canKeep(state.text)) save(state);
					else saveTimer = setTimeout(() => whenIdle(() => save(current())), LONG_DRAFT_QUIET_MS);
				});
			},
			immediate ? 0 : COMMIT_MS,
		);
	}

	/**
	 * A paste or drop that would take the text past MAX_CHECKED_TEXT: not inserted (in Monaco too, where a
	 * 5 MB paste blocked the page for over a second); the verdict says why.
	 */
	function refuseHugeInsert(event: Event, inserted: string | undefined, replacesSelection: boolean): void {
		if (inserted === undefined || inserted.length === 0) return;
		const value = surface.getText();
		const selection = surface.getSelection();
		const [from, to] = replacesSelection ? [selection.start, selection.end] : [selection.end, selection.end];
		const length = value.length - (to - from) + inserted.length;
		if (length <= MAX_CHECKED_TEXT) return;
		event.preventDefault();
		event.stopPropagation(); // before Monaco's own handler (these listeners capture)
		showNotice(T.pasteNotInserted(length, MAX_CHECKED_TEXT));
		pasteNotice = true;
		// The verdict on the text as it would have been: the validator's own "too large", located.
		client.now({ ...current(), text: value.slice(0, from) + inserted + value.slice(to) });
	}
	for (const target of [area, monacoBox]) {
		target.addEventListener('paste', (e) => refuseHugeInsert(e, e.clipboardData?.getData('text/plain'), true), true);
		target.addEventListener('drop', (e) => refuseHugeInsert(e, e.dataTransfer?.getData('text/plain'), false), true);
	}
	// Below the limit, a large paste into the text area is inserted in one step, not line by line (large-paste.ts).
	insertLargePastes(area);

	/** Why the hash is not a state, or undefined when it is one, is empty or is a heading anchor on this page. */
	function hashProblem(fromHash: DecodeResult): string | undefined {
		if (fromHash.kind === 'invalid') return T.linkProblems[fromHash.problem];
		if (fromHash.kind === 'foreign' && !document.getElementById(hashAsId(fromHash.text))) return T.unrecognisedLink;
		return undefined;
	}

	/**
	 * Load order: a share link in the hash, else the last state in this browser, else the example. A link with
	 * settings alone applies them to the stored state or the example, and says so.
	 */
	function initialState(): PlaygroundState {
		const fallback: PlaygroundState = { text: DEFAULT_EXAMPLE_TEXT, k8sVersion: LATEST, disabledRules: [] };
		const fromHash = decodeState(location.hash, known);
		if (fromHash.kind === 'ok') return fromHash.state;
		const problem = hashProblem(fromHash);
		if (problem !== undefined) {
			showNotice(`${T.badLink}${sentenceGap}${problem}`);
			return fallback;
		}
		let own = fallback;
		const stored = storage.load('state');
		if (stored !== null) {
			const fromStorage = decodeDraft(stored, known);
			if (fromStorage.kind === 'ok') own = fromStorage.state;
			else if (fromStorage.kind === 'not-kept') showNotice(T.notKeptOnLoad(fromStorage.reason, fromStorage.length, MAX_KEPT_TEXT));
			else storage.save('state', null);
		}
		if (fromHash.kind !== 'settings') return own;
		const { k8sVersion, disabledRules } = fromHash;
		showNotice(T.settingsOnlyLink(own === fallback ? 'example' : 'stored', k8sVersion, disabledRules.length));
		return { text: own.text, k8sVersion, disabledRules };
	}

	function attach(next: TextSurface): void {
		next.onChange(() => {
			if (pasteNotice) showNotice(undefined);
			changed(false);
		});
		next.onCursor((line, column) => {
			cursor.textContent = T.cursor(line, column);
			root.dataset.cursorLine = String(line);
		});
	}

	const editors = editorSwitch({
		plain,
		area,
		box: monacoBox,
		hint: editorHint,
		hintAlwaysShown: true,
		toggle,
		labels: T,
		ariaLabel: T.textLabel,
		schemaHelp: true,
		onCreate: attach,
		onSwitch(next, usingEditor) {
			surface = next;
			root.dataset.editor = usingEditor ? 'monaco' : 'textarea';
			storage.save('editor', usingEditor ? null : 'plain');
			if (lastResult && catalogue) surface.showDiagnostics(markers(lastResult));
		},
		onFailure(error) {
			console.error(error);
			showNotice(T.editorFailed);
		},
	});

	attach(plain);
	version.addEventListener('change', () => changed(true));
	for (const box of ruleBoxes) box.addEventListener('change', () => changed(true));
	root.addEventListener('click', (e) => {
		const button = (e.target as Element).closest<HTMLButtonElement>('button');
		if (!button) return;
		const example = EXAMPLES.find((x) => x.id === button.dataset.example);
		if (example) {
			surface.setText(example.text);
			showNotice(undefined);
			changed(true);
		} else if (button.dataset.action === 'reset') {
			apply({ text: DEFAULT_EXAMPLE_TEXT, k8sVersion: LATEST, disabledRules: [] });
			storage.save('state', null);
			saved = undefined;
			showNotice(undefined);
			if (location.hash) history.replaceState(null, '', pageUrl());
			changed(true);
		} else if (button.dataset.action === 'copy-link') {
			void copy();
		} else if (button.dataset.action === 'toggle-editor') {
			editors.toggle();
		} else if (button.dataset.action === 'toggle-rules') {
			const open = button.getAttribute('aria-expanded') !== 'true';
			button.setAttribute('aria-expanded', String(open));
			$<HTMLElement>('#mp-rules-panel').hidden = !open;
		}
	});
	// A link followed while the page is open is judged like one at load, but a bad one keeps the reader's text.
	window.addEventListener('hashchange', () => {
		const next = decodeState(location.hash, known);
		if (next.kind === 'settings') {
			showNotice(T.settingsOnlyLink('current', next.k8sVersion, next.disabledRules.length));
			apply({ text: surface.getText(), k8sVersion: next.k8sVersion, disabledRules: next.disabledRules });
			return changed(true);
		}
		if (next.kind !== 'ok') {
			const problem = hashProblem(next);
			if (problem !== undefined) showNotice(`${T.badLinkKept}${sentenceGap}${problem}`);
			return;
		}
		showNotice(undefined);
		apply(next.state);
		changed(true);
	});
	window.addEventListener('pagehide', () => {
		syncPlain();
		commit(true);
	});
	// Phones may discard a hidden page without a pagehide: a long draft is written when the page is hidden.
	document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save(current()));

	async function copy(): Promise<void> {
		syncPlain();
		commit(false);
		copyStatus.textContent = (await copyText(shareUrl.value, shareUrl)) ? T.copied : T.copyFailed;
	}

	const initial = initialState();
	apply(initial);
	commit(false);
	void ensureCatalogue();
	client.now(initial);
	root.dataset.ready = '';
	root.dataset.editor = 'textarea';

	// Monaco is big (about 900 kB gzip): it loads on intent — the editor button, or a focus or click on the
	// text area — unless the reader chose the plain text area. Only wide screens with a fine pointer (a
	// desktop, not a phone) also fetch it when idle; phones get the page, its scripts and the worker alone.
	if (storage.load('editor') !== 'plain') {
		const intent = () => {
			area.removeEventListener('focus', intent);
			area.removeEventListener('pointerdown', intent);
			void editors.open('intent');
		};
		area.addEventListener('focus', intent);
		area.addEventListener('pointerdown', intent);
		if (matchMedia(IDLE_EDITOR_MEDIA).matches) {
			const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 500));
			idle(() => void editors.open('auto'));
		}
	}
}

/** Starts every manifest playground on the page with the words of the page's language. */
export function start(T: PlaygroundText, loadCatalogue: CatalogueLoader): void {
	for (const root of document.querySelectorAll<HTMLElement>('.mp-playground')) setup(root, T, loadCatalogue);
}
