// Browser side of the CIDR playground: reads the form, runs the core as you type (debounced), redraws the
// diagnostics and results, keeps a share link and localStorage in step. Never moves focus.
// Started by main-en.ts or main-zh.ts with that page's words: a page's script carries one language.
import { analyzePlan } from '../../lib/cidr/index.ts';
import type { AnalyzeResult } from '../../lib/cidr/index.ts';
import { configSnippets } from '../../lib/cidr/config-snippets.ts';
import { FIELDS, IDS, fieldDiagnostics, fieldHasError, resultsView, summaryText } from './view.ts';
import type { CidrWords, PageCatalogues, PageWords } from './text.ts';
import { PRESETS } from './presets.ts';
import { DEFAULT_STATE, decodeState, encodeState, sameState, toPlanInput } from './share.ts';
import type { PlanState } from './share.ts';
import type { ConfigEditor } from './config-editor.ts';
import { replaceChildren } from '../common/dom.ts';
import { hashAsId } from '../common/hash-id.ts';
import { readStored, writeStored } from '../common/stored.ts';
import { copyText } from '../common/clipboard.ts';

const STORAGE_KEY = 'kprimer:cidr-playground:v1';
const DEBOUNCE_MS = 100;

const storageGet = () => readStored(STORAGE_KEY);
const storageSet = (value: string | null) => writeStored(STORAGE_KEY, value);

function setup(root: HTMLElement, words: CidrWords, catalogues: () => Promise<PageCatalogues>): void {
	const F = words.form;
	const form = root.querySelector<HTMLFormElement>('form.cidr-form')!;
	const inputs = Object.fromEntries(FIELDS.map((f) => [f, root.querySelector<HTMLInputElement>(`#${IDS.input(f)}`)!])) as Record<(typeof FIELDS)[number], HTMLInputElement>;
	const summary = root.querySelector<HTMLElement>(`#${IDS.summary}`)!;
	const results = root.querySelector<HTMLElement>(`#${IDS.results}`)!;
	const notice = root.querySelector<HTMLElement>('#cidr-notice')!;
	const shareUrl = root.querySelector<HTMLInputElement>('#cidr-share-url')!;
	const copyStatus = root.querySelector<HTMLElement>('.cidr-copy-status')!;

	let shown: PlanState | undefined;
	/** The analysis of the plan drawn last; at load, worked out only when something asks (the page drew the example). */
	let lastResult: AnalyzeResult | undefined;
	const analysis = () => (lastResult ??= analyzePlan(toPlanInput(shown ?? readForm())));
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** The kubeadm view of the plan, once its chunk has loaded. */
	let config: ConfigEditor | undefined;

	const readForm = (): PlanState => ({
		pod: inputs.pod.value,
		service: inputs.service.value,
		node: inputs.node.value,
		nodeMaskV4: inputs.nodeMaskV4.value,
		nodeMaskV6: inputs.nodeMaskV6.value,
		maxPods: inputs.maxPods.value,
	});
	const writeForm = (state: PlanState) => {
		for (const f of FIELDS) if (inputs[f].value !== state[f]) inputs[f].value = state[f];
	};
	const pageUrl = () => `${location.href.split('#')[0]}`;

	/** The words with the diagnostics' catalogues, once they have loaded. */
	let page: PageWords | undefined;
	let loading: Promise<PageWords> | undefined;
	const pageWords = () => (loading ??= catalogues().then((c) => (page = { ...words, ...c })));

	/** `from`: who changed the plan; the configuration view is told unless the change came from it. */
	function render(persist: boolean, from: 'form' | 'config' = 'form'): void {
		const state = readForm();
		const encoded = encodeState(state);
		shareUrl.value = `${pageUrl()}#${encoded}`;
		if (persist) storageSet(sameState(state, DEFAULT_STATE) ? null : encoded);
		if (shown && sameState(shown, state)) return;
		// The first plan that differs from the one drawn at build time needs the catalogues: draw it once they are here.
		if (!page) {
			pageWords()
				.then(() => render(false, from))
				.catch((error: unknown) => console.error(error));
			return;
		}
		shown = state;
		const result = analyzePlan(toPlanInput(state));
		lastResult = result;
		for (const f of FIELDS) {
			replaceChildren(root.querySelector(`#${IDS.diagnostics(f)}`)!, fieldDiagnostics(result, f, page, state));
			if (fieldHasError(result, f)) inputs[f].setAttribute('aria-invalid', 'true');
			else inputs[f].removeAttribute('aria-invalid');
		}
		const text = summaryText(result, words);
		if (summary.textContent !== text) summary.textContent = text;
		summary.dataset.ok = String(result.ok);
		replaceChildren(results, resultsView(state, result, words));
		if (from === 'form') config?.formChanged();
	}

	function showNotice(message: string | undefined): void {
		notice.hidden = message === undefined;
		notice.textContent = message ?? '';
	}

	/** Why the hash is not a plan, or undefined when it is one, is empty or is a heading anchor on this page. */
	function hashProblem(fromHash: ReturnType<typeof decodeState>): string | undefined {
		if (fromHash.kind === 'invalid') return words.shareProblem(fromHash.problem);
		if (fromHash.kind === 'foreign' && !document.getElementById(hashAsId(fromHash.text))) return F.linkNotRecognised;
		return undefined;
	}

	/** Load order: a share link in the hash, else the last plan on this browser, else the example. */
	function initialState(): PlanState {
		const fromHash = decodeState(location.hash);
		if (fromHash.kind === 'ok') return fromHash.state;
		const problem = hashProblem(fromHash);
		if (problem !== undefined) {
			showNotice(`${F.badLink} ${problem}`);
			return { ...DEFAULT_STATE };
		}
		const stored = storageGet();
		if (stored !== null) {
			const fromStorage = decodeState(stored);
			if (fromStorage.kind === 'ok') return fromStorage.state;
			storageSet(null);
		}
		return { ...DEFAULT_STATE };
	}

	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('input', (e) => {
		if (e.target === shareUrl) return;
		clearTimeout(timer);
		timer = setTimeout(() => render(true), DEBOUNCE_MS);
	});
	form.addEventListener('click', (e) => {
		const button = (e.target as Element).closest('button');
		if (!button) return;
		const preset = PRESETS.find((p) => p.id === button.dataset.preset);
		if (preset) {
			writeForm(preset.state);
			render(true);
		} else if (button.dataset.action === 'reset') {
			writeForm(DEFAULT_STATE);
			storageSet(null);
			showNotice(undefined);
			if (location.hash) history.replaceState(null, '', pageUrl());
			render(false);
			config?.reset();
		} else if (button.dataset.action === 'copy-link') {
			void copy(shareUrl.value, copyStatus, shareUrl);
		}
	});
	results.addEventListener('click', (e) => {
		const button = (e.target as Element).closest<HTMLButtonElement>('button[data-copy]');
		if (!button) return;
		const snippet = configSnippets(shown ?? readForm(), analysis()).find((s) => s.id === button.dataset.copy);
		const pre = button.closest('.cidr-snippet')?.querySelector('pre') ?? undefined;
		if (snippet) void copy(snippet.text, copyStatus, pre);
	});
	// A link followed while the page is open is judged like one at load, but a bad one keeps the reader's plan.
	window.addEventListener('hashchange', () => {
		const next = decodeState(location.hash);
		if (next.kind !== 'ok') {
			const problem = hashProblem(next);
			if (problem !== undefined) showNotice(`${F.badLinkKept} ${problem}`);
			return;
		}
		showNotice(undefined);
		writeForm(next.state);
		render(true);
	});

	async function copy(text: string, status: HTMLElement, fallback?: Element): Promise<void> {
		status.textContent = (await copyText(text, fallback)) ? F.copied : F.copyFailed;
	}

	writeForm(initialState());
	shown = sameState(readForm(), DEFAULT_STATE) ? { ...DEFAULT_STATE } : undefined; // the build already drew the example
	// A plan from a link or an earlier visit is drawn once the catalogues are here; then the form is ready.
	const drawn = shown ? Promise.resolve() : pageWords().then(() => undefined);
	void drawn
		.then(() => {
			render(false);
			root.dataset.ready = '';
		})
		.catch((error: unknown) => console.error(error));

	// The kubeadm view brings the YAML parser (a chunk of its own, about 38 kB gzip): fetched only when its
	// section comes near the screen, or at once where the browser cannot tell.
	const loadConfigEditor = () =>
		void Promise.all([import('./config-editor.ts'), pageWords()])
			.then(([{ attachConfigEditor }, withMessages]) => {
				config = attachConfigEditor({
					root,
					words: withMessages,
					formState: readForm,
					result: analysis,
					adopt(values) {
						writeForm({ ...readForm(), ...values });
						render(true, 'config');
						return lastResult!;
					},
				});
			})
			.catch((error: unknown) => console.error(error));
	const section = root.querySelector('.cidr-config');
	if (section && 'IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				loadConfigEditor();
			},
			{ rootMargin: '400px' },
		);
		observer.observe(section);
	} else loadConfigEditor();
}

/** The User Timing measure of start(): how long the page's own script holds the main thread at load (npm run bench reads it). */
export const START_MEASURE = 'kprimer:cidr-playground:start';

/** Runs every CIDR playground on the page in the words' language. */
export function start(words: CidrWords, catalogues: () => Promise<PageCatalogues>): void {
	const began = performance.now();
	for (const root of document.querySelectorAll<HTMLElement>('.cidr-playground')) setup(root, words, catalogues);
	performance.measure(START_MEASURE, { start: began });
}
