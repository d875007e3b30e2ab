// The plan as kubeadm configuration, kept in step with the form both ways. Loaded by ./main.ts as a separate
// chunk after the page is interactive (it brings the YAML parser); Monaco then replaces the text area when
// the section comes into view, through the editor bundle the manifest playground uses too.
//
// Form → text: configEdits() changes the values in place, so the reader's comments and other fields stay.
// Text → form: a readable configuration's values go into the form (the node network is left alone); while the
// YAML does not parse, the form keeps its plan and the problems list says where the text is broken.
import { kubeadmConfigText } from '../../lib/cidr/kubeadm-config.ts';
import type { PageWords } from './text.ts';
import type { PlanState } from './share.ts';
import type { AnalyzeResult } from '../../lib/cidr/types.ts';
import { configProblems } from '../../lib/cluster-config/config-problems.ts';
import type { ConfigProblem } from '../../lib/cluster-config/config-problems.ts';
import { formatMessage } from '../../lib/i18n/index.ts';
import { configEdits } from '../../lib/cluster-config/edit-config.ts';
import { CONFIG_FIELDS, readClusterConfig } from '../../lib/cluster-config/read-config.ts';
import type { ConfigField } from '../../lib/cluster-config/read-config.ts';
import { problemOptions } from '../common/problem-list.ts';
import { rovingList } from '../common/roving-list.ts';
import { editorSwitch } from '../monaco/editor-switch.ts';
import { textAreaSurface } from '../monaco/surface.ts';
import type { TextSurface } from '../monaco/surface.ts';
import { replaceChildren } from '../common/dom.ts';
import { readStored, writeStored } from '../common/stored.ts';

const TEXT_KEY = 'kprimer:cidr-config:v1';
const EDITOR_KEY = 'kprimer:cidr-config-editor:v1';
/** The text is re-read this long after the last keystroke. */
const READ_DEBOUNCE_MS = 150;

export interface ConfigEditorHost {
	root: HTMLElement;
	words: PageWords;
	formState(): PlanState;
	/** The analysis of the plan the form shows now. */
	result(): AnalyzeResult;
	/** Puts these of the configuration's values into the form and redraws it; returns the new plan's analysis. */
	adopt(values: Partial<Record<ConfigField, string>>): AnalyzeResult;
}

export interface ConfigEditor {
	/** The form changed: write its values into the text. */
	formChanged(): void;
	/** Back to the configuration of the form's plan, written afresh (Reset). */
	reset(): void;
}

const fieldsOf = (state: PlanState): Record<ConfigField, string> => Object.fromEntries(CONFIG_FIELDS.map((f) => [f, state[f]])) as Record<ConfigField, string>;
const sameFields = (a: Record<ConfigField, string>, b: Record<ConfigField, string>) => CONFIG_FIELDS.every((f) => a[f] === b[f]);

/**
 * The problems with their messages in the page's language: the CIDR engine's, the kubeadm reader's and the
 * manifest validator's syntax findings, all formatted with the page's one catalogue (messages-<lang>.ts).
 */
function worded(problems: readonly ConfigProblem[], words: PageWords) {
	return problems.map((p) => ({ ...p, message: formatMessage(words.messages, p.message) }));
}

export function attachConfigEditor(host: ConfigEditorHost): ConfigEditor {
	const { root, words } = host;
	const C = words.config;
	const E = words.editor;
	const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
	const area = $<HTMLTextAreaElement>('#cidr-config-text');
	const monacoBox = $<HTMLElement>('#cidr-config-monaco');
	const editorHint = $<HTMLElement>('#cidr-config-editor-hint');
	const toggle = $<HTMLButtonElement>('#cidr-config-toggle');
	const list = $<HTMLElement>('#cidr-config-problems');
	const section = $<HTMLElement>('.cidr-config');

	const plain = textAreaSurface(area);
	let surface: TextSurface = plain;
	let timer: ReturnType<typeof setTimeout> | undefined;
	// One tab stop with the arrow keys inside, like the manifest playground's list.
	const problemList = rovingList(list, (option) => {
		if (option.dataset.line === undefined) return;
		const n = (name: string) => Number(option.dataset[name]);
		surface.reveal(n('line'), n('column'), n('endLine'), n('endColumn'));
	});
	/** The values the text and the form last agreed on: a text change carries over only what differs from
	 * these, so a form field edited meanwhile (both sides wait a moment before they react) is not undone. */
	let agreed = fieldsOf(host.formState());
	const fresh = () => kubeadmConfigText(fieldsOf(host.formState()), C.comments);

	/** Redraws the problems (list and markers) and remembers a text the reader has shaped. `read`: the
	 * caller's reading of the text as it is now, so it is not parsed twice. */
	function settle(result: AnalyzeResult, read = readClusterConfig(surface.getText())): void {
		const text = surface.getText();
		const problems = worded(configProblems(text, read, result), words);
		problemList.redraw(() =>
			replaceChildren(
				list,
				problemOptions(problems, words.report, (p) => p.message, 'cidr'),
			),
		);
		surface.showDiagnostics(problems);
		writeStored(TEXT_KEY, text === fresh() ? null : text);
	}

	function formChanged(): void {
		agreed = fieldsOf(host.formState());
		const edits = configEdits(surface.getText(), agreed, C.comments);
		if (edits.length > 0) surface.applyEdits(edits);
		settle(host.result());
	}

	function textChanged(): void {
		const read = readClusterConfig(surface.getText());
		let result = host.result();
		if (read.state) {
			const changed = CONFIG_FIELDS.filter((f) => read.state![f] !== agreed[f]);
			agreed = { ...agreed, ...read.state };
			if (changed.length > 0) result = host.adopt(Object.fromEntries(changed.map((f) => [f, read.state![f]])));
			// A form edit the text has not seen yet (it was drawn along with the adopted values): write it in.
			if (!sameFields(fieldsOf(host.formState()), agreed)) return formChanged();
		}
		settle(result, read); // adopting values redraws the form, never the text
	}

	function attach(next: TextSurface): void {
		next.onChange(() => {
			clearTimeout(timer);
			timer = setTimeout(textChanged, READ_DEBOUNCE_MS);
		});
	}

	const editors = editorSwitch({
		plain,
		area,
		box: monacoBox,
		hint: editorHint,
		hintAlwaysShown: true,
		toggle,
		labels: E,
		ariaLabel: C.label,
		schemaHelp: false,
		onCreate: attach,
		onSwitch(next, usingEditor) {
			surface = next;
			section.dataset.editor = usingEditor ? 'monaco' : 'textarea';
			writeStored(EDITOR_KEY, usingEditor ? null : 'plain');
			settle(host.result());
		},
		onFailure(error) {
			console.error(error);
			toggle.textContent = E.editorFailed;
		},
	});

	area.readOnly = false;
	attach(plain);
	toggle.addEventListener('click', () => editors.toggle());

	// A text the reader shaped earlier comes back if it still describes the form's plan.
	const stored = readStored(TEXT_KEY);
	const storedRead = stored === null ? undefined : readClusterConfig(stored);
	if (stored !== null && storedRead?.state && sameFields(storedRead.state, fieldsOf(host.formState()))) plain.setText(stored);
	else plain.setText(fresh());
	settle(host.result());
	section.dataset.ready = '';

	// Monaco is big: fetch it once the section is near the screen, unless the reader chose the text area.
	if (readStored(EDITOR_KEY) !== 'plain' && 'IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				void editors.open(true);
			},
			{ rootMargin: '200px' },
		);
		observer.observe(section);
	}

	return {
		formChanged,
		reset() {
			surface.setText(fresh());
			settle(host.result());
		},
	};
}
