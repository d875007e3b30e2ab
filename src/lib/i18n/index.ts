// Words live at the edges: engines report a message id and typed parameters, and one catalogue per
// language turns them into text. This module holds what every engine, playground and the CLI share:
// the language type, the one way to tell a page's language, the catalogue shapes, and number and
// plural formatting through the platform's Intl (no hand-written plurals or thousands separators).

/** The site's two languages: English at the root, Simplified Chinese under /zh-cn/. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** BCP 47 tags for Intl and the `lang` attribute. */
export const LOCALE: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/**
 * The one way to tell a language: accepts our `Lang`, a BCP 47 tag (`zh-CN`, as in `<html lang>`),
 * a Starlight locale (`zh-cn`) or a CLI `--lang` value. Anything else is English.
 */
export function langOf(value: string | null | undefined): Lang {
	return typeof value === 'string' && /^zh(?:[-_]|$)/i.test(value.trim()) ? 'zh' : 'en';
}

/** Values a message may carry. Text from the reader's input is quoted by the engine before it gets here. */
export type MessageParam = string | number | bigint | boolean | undefined | readonly string[] | MessageRef;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A finding's words, as data: which message and with what values. Formatted by a catalogue. */
export interface MessageRef<Id extends string = string> {
	id: Id;
	params: MessageParams;
}

/** A catalogue maps each message id to a function of its parameters. */
export type MessageFunctions = Record<string, (params: never) => string>;

/**
 * The shape every other language's catalogue must have, derived from the English one, so a missing
 * message or a wrong parameter name fails the type check.
 */
export type CatalogueLike<English extends MessageFunctions> = {
	[K in keyof English]: Parameters<English[K]> extends [] ? () => string : (params: Parameters<English[K]>[0]) => string;
};

/** The parameters of one message, for the typed constructor an engine exposes. */
export type ParamsOf<English extends MessageFunctions, K extends keyof English> = Parameters<English[K]>[0];

const isRef = (value: unknown): value is MessageRef => typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as MessageRef).id === 'string';

/**
 * A message in the catalogue's language. A param that is itself a message (a shared fragment) is
 * formatted first, in the same language. An unknown id gives the id itself, never a throw.
 */
export function formatMessage(catalogue: MessageFunctions, ref: MessageRef): string {
	const format = Object.hasOwn(catalogue, ref.id) ? (catalogue[ref.id] as unknown as (params: Record<string, MessageParam>) => string) : undefined;
	if (typeof format !== 'function') return ref.id;
	const params: Record<string, MessageParam> = {};
	for (const [name, value] of Object.entries(ref.params ?? {})) params[name] = isRef(value) ? formatMessage(catalogue, value) : value;
	try {
		return format(params);
	} catch {
		return ref.id;
	}
}

/** A formatter bound to one catalogue, as views take it. */
export type Formatter = (ref: MessageRef) => string;

export const formatterOf =
	(catalogue: MessageFunctions): Formatter =>
	(ref) =>
		formatMessage(catalogue, ref);

/** The words of one rule in one language, as the rules page, the CLI and SARIF show them. */
export interface RuleText {
	title: string;
	/** Why the rule exists and what to do about it. */
	explanation: string;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** A count as readers of `lang` write it (1,048,576 in English; Chinese uses the same grouping). */
export function formatNumber(lang: Lang, value: number | bigint): string {
	let format = numberFormats.get(lang);
	if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(LOCALE[lang])));
	return format.format(value);
}

/**
 * Pick the plural form for `count` with the language's own rules (Chinese has one form; English two).
 * `forms.other` is required; `{n}` in the chosen form is replaced by the formatted count.
 */
export function plural(lang: Lang, count: number | bigint, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
	// PluralRules takes numbers; counts beyond 2^53 are plural in every language we ship.
	const asNumber = typeof count === 'bigint' ? (count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(count)) : count;
	const form = forms[rules.select(asNumber)] ?? forms.other;
	return form.replaceAll('{n}', formatNumber(lang, count));
}

/** How a list reads: all of them ("a, b, and c"), one of them ("a, b, or c"), or just the items ("a, b, c"). */
export type ListKind = 'and' | 'or' | 'unit';

const listFormats = new Map<string, Intl.ListFormat>();
const CJK_EDGE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f]/u;

/**
 * Items joined as readers of `lang` write a list, by Intl.ListFormat: English "a, b, and c" / "a, b, or c";
 * Chinese "a、b 和 c" / "a、b 或 c", with the space the zh-cn style guide puts between Chinese and Latin text
 * (Intl writes "b和c"). `unit` is a plain enumeration: "a, b, c" / "a、b、c".
 */
export function list(lang: Lang, items: readonly string[], kind: ListKind = 'and'): string {
	const key = `${lang}:${kind}`;
	let format = listFormats.get(key);
	if (!format) {
		// Chinese has no plain "unit" list with separators in CLDR (it runs the items together): its narrow
		// conjunction is the 、 enumeration.
		const options: Intl.ListFormatOptions =
			kind === 'unit' ? (lang === 'zh' ? { type: 'conjunction', style: 'narrow' } : { type: 'unit', style: 'long' }) : { type: kind === 'or' ? 'disjunction' : 'conjunction' };
		listFormats.set(key, (format = new Intl.ListFormat(LOCALE[lang], options)));
	}
	if (lang !== 'zh') return format.format(items);
	const parts = format.formatToParts(items);
	return parts
		.map((part, i) => {
			if (part.type !== 'literal' || !CJK_EDGE.test(part.value) || /^[\u3001\uff0c\uff1b]$/.test(part.value)) return part.value; // escaped: the English page ships this module
			const before = parts[i - 1]?.value.at(-1) ?? '';
			const after = parts[i + 1]?.value[0] ?? '';
			const gap = (ch: string) => (ch !== '' && !CJK_EDGE.test(ch) && !/\s/.test(ch) ? ' ' : '');
			return `${gap(before)}${part.value}${gap(after)}`;
		})
		.join('');
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One rule as every catalogue describes it (CIDR rules, manifest rules): the words are not here but in
 * each language's `RuleText`, so the core and the worker carry none.
 */
export interface RuleInfo<Id extends string = string, Layer extends string = string> {
	id: Id;
	layer: Layer;
	severity: Severity;
	/** The Kubernetes source the rule mirrors: Go file and function (kubernetes/kubernetes unless named). */
	source?: string;
}
