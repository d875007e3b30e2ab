// Typography rules of the kubernetes.io zh-cn localization guide that can be checked in MDX source:
// no line break next to a Chinese character or full-width punctuation (browsers render the break as
// a stray space), no italics on Chinese text, no nested full-width parentheses, and a space between
// Chinese and Latin letters or digits. Code (fenced and inline), link targets, front matter, tables
// and JSX lines are left alone.

/** One typography problem, located at a 1-based line of the page. */
export interface TypographyProblem {
	line: number;
	rule: 'line-break' | 'italic' | 'nested-parentheses' | 'missing-space';
	excerpt: string;
}

const ideograph = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const fullWidthPunctuation = '\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019';
const isChinese = new RegExp(`[${ideograph}${fullWidthPunctuation}]`);
const isFullWidthPunctuation = new RegExp(`[${fullWidthPunctuation}]`);

type Kind = 'front-matter' | 'code' | 'text';

/** Classifies every line of a page: front matter, inside a fenced block, or Markdown text. */
function classify(lines: string[]): Kind[] {
	const kinds: Kind[] = [];
	let frontMatter = lines[0] === '---';
	let fence: string | undefined;
	lines.forEach((line, i) => {
		if (frontMatter) {
			kinds.push('front-matter');
			if (i > 0 && line === '---') frontMatter = false;
			return;
		}
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence === undefined && marker) {
			fence = marker;
			kinds.push('code');
		} else if (fence !== undefined) {
			if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
			kinds.push('code');
		} else kinds.push('text');
	});
	return kinds;
}

/** The last character a reader sees on a line, ignoring trailing emphasis, code ticks and link targets. */
function lastVisible(line: string): string {
	let text = line.trimEnd();
	for (;;) {
		const next = text.replace(/\]\([^()]*\)$/, ']').replace(/(\*\*|\*|\]|`)$/, '');
		if (next === text) break;
		text = next;
	}
	return text.slice(-1);
}

/** The first character a reader sees on a continuation line; empty when the line starts a new block. */
function firstVisible(line: string): string {
	const text = line.trimStart();
	if (/^([-*+>#|:<]|\d+\.)(\s|$)/.test(text) || text.startsWith('<') || text.startsWith('|')) return '';
	return text.replace(/^(\*\*|\*|\[)+/, '').slice(0, 1);
}

function breaksChineseText(line: string, next: string): boolean {
	if (!line.trim() || !next.trim() || line.startsWith('|') || line.trimStart().startsWith('<')) return false;
	const a = lastVisible(line);
	const b = firstVisible(next);
	if (!a || !b) return false;
	return (isChinese.test(a) && isChinese.test(b)) || isFullWidthPunctuation.test(a) || isFullWidthPunctuation.test(b);
}

/** Replaces inline code and link targets, which the rules do not apply to, with neutral text. */
function prose(line: string): string {
	return line.replace(/`[^`]*`/g, '`c`').replace(/\]\([^)]*\)/g, '](u)');
}

/** Checks the Markdown text of one Chinese page. */
export function checkChineseTypography(source: string): TypographyProblem[] {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const kinds = classify(lines);
	const problems: TypographyProblem[] = [];
	const italic = new RegExp(`(?<![*\\w])\\*(?!\\*)([^*]*[${ideograph}][^*]*)\\*(?!\\*)`, 'g');
	const missingSpace = new RegExp(`[${ideograph}][A-Za-z0-9\`]|[A-Za-z0-9\`][${ideograph}]`, 'g');
	lines.forEach((line, i) => {
		if (kinds[i] !== 'text') return;
		const next = lines[i + 1];
		if (next !== undefined && kinds[i + 1] === 'text' && breaksChineseText(line, next)) {
			problems.push({ line: i + 1, rule: 'line-break', excerpt: `${line.slice(-12)}⏎${next.trim().slice(0, 12)}` });
		}
		if (line.startsWith('|') || line.trimStart().startsWith('<') || line.trimStart().startsWith('import ')) return;
		const text = prose(line);
		for (const m of text.matchAll(italic)) problems.push({ line: i + 1, rule: 'italic', excerpt: m[0] });
		for (const m of text.matchAll(/（[^（）]*（/g)) problems.push({ line: i + 1, rule: 'nested-parentheses', excerpt: m[0] });
		for (const m of text.matchAll(missingSpace)) {
			const at = m.index ?? 0;
			problems.push({ line: i + 1, rule: 'missing-space', excerpt: text.slice(Math.max(0, at - 6), at + 8) });
		}
	});
	return problems;
}

/**
 * Joins every pair of lines that `line-break` would flag, so that the page renders without stray
 * spaces; the other rules need a writer's judgement and are left to the report.
 */
export function joinChineseLineBreaks(source: string): string {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const kinds = classify(lines);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i] ?? '';
		while (kinds[i] === 'text' && kinds[i + 1] === 'text' && lines[i + 1] !== undefined && breaksChineseText(line, lines[i + 1] ?? '')) {
			line = line.trimEnd() + (lines[i + 1] ?? '').trimStart();
			i++;
		}
		out.push(line);
	}
	return out.join('\n');
}
