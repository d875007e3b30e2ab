// The playground's state as text: the URL hash of a share link and the localStorage entry use the same
// encoding, and both go through the same strict decoder, because both can be tampered with.

import type { Message, PlanInput } from './types.ts';

/** What the form holds: the raw text of every input, exactly as typed. */
export interface PlanState {
	pod: string;
	service: string;
	node: string;
	nodeMaskV4: string;
	nodeMaskV6: string;
	maxPods: string;
}

export const STATE_KEYS = ['pod', 'service', 'node', 'nodeMaskV4', 'nodeMaskV6', 'maxPods'] as const;
export type StateKey = (typeof STATE_KEYS)[number];

/**
 * The networking chapter's example. Node masks left empty mean "the default" (24 / 64): setting an IPv6
 * mask on a single-stack IPv4 cluster is an error in kube-controller-manager, so the form must not do it.
 */
export const DEFAULT_STATE: Readonly<PlanState> = Object.freeze({
	pod: '10.100.0.0/16',
	service: '10.200.0.0/16',
	node: '10.0.0.0/24',
	nodeMaskV4: '24',
	nodeMaskV6: '',
	maxPods: '110',
});

/** Short names keep share links readable. */
const HASH_NAMES: Record<StateKey, string> = {
	pod: 'pod',
	service: 'service',
	node: 'node',
	nodeMaskV4: 'mask4',
	nodeMaskV6: 'mask6',
	maxPods: 'maxPods',
};

// What a value may contain. CIDR lists: hex digits, dots, colons, slashes and commas — enough for every
// plan worth sharing, including ones with mistakes (leading zeros, host bits, shorthand). Numbers: digits.
// Anything else (spaces, angle brackets, quotes) means the link was not made by this page.
const CIDR_TEXT = /^[0-9A-Fa-f.:/,]{0,200}$/;
const NUMBER_TEXT = /^[0-9]{0,10}$/;
const MAX_HASH_CHARS = 2000;

export function toPlanInput(state: PlanState): PlanInput {
	return { ...state };
}

export function isValidValue(key: StateKey, value: string): boolean {
	return key === 'pod' || key === 'service' || key === 'node' ? CIDR_TEXT.test(value) : NUMBER_TEXT.test(value);
}

/** `pod=10.100.0.0%2F16&service=…` — every key, in a fixed order, so equal plans give equal links. */
export function encodeState(state: PlanState): string {
	return STATE_KEYS.map((k) => `${HASH_NAMES[k]}=${encodeURIComponent(state[k])}`).join('&');
}

export type DecodeResult =
	| { kind: 'empty' }
	/** Not ours: no `name=value` pairs at all, e.g. a heading anchor. The caller decides. */
	| { kind: 'foreign'; text: string }
	| { kind: 'ok'; state: PlanState }
	| { kind: 'invalid'; problem: Message };

const problems = {
	tooLong: { en: 'The link is too long to be a plan from this page.', zh: '这个链接太长，不像是本页生成的规划。' },
	encoding: { en: 'The link contains broken percent-encoding.', zh: '链接中的百分号编码已损坏。' },
	unknown: (name: string) => ({ en: `The link contains an unknown setting “${name}”.`, zh: `链接中有未知的设置“${name}”。` }),
	duplicate: (name: string) => ({ en: `The link sets “${name}” twice.`, zh: `链接中“${name}”出现了两次。` }),
	value: (name: string) => ({
		en: `The value of “${name}” contains characters a network plan never has.`,
		zh: `“${name}”的值中含有网络规划不会用到的字符。`,
	}),
	missing: { en: 'The link has no Pod or Service network.', zh: '链接中缺少 Pod 网络或 Service 网络。' },
} as const;

/** Names are echoed in messages; keep them short and printable. */
function clipName(name: string): string {
	const safe = name.replace(/[^\x20-\x7e]/g, '?');
	return safe.length > 20 ? `${safe.slice(0, 19)}…` : safe;
}

/**
 * Decode a hash (with or without the leading `#`) or a stored string. Strict: an unknown or repeated name, a
 * value with unexpected characters or broken encoding makes the whole thing invalid — never a half-applied plan.
 * Missing optional settings take their defaults.
 */
export function decodeState(raw: string): DecodeResult {
	const text = raw.startsWith('#') ? raw.slice(1) : raw;
	if (text === '') return { kind: 'empty' };
	if (text.length > MAX_HASH_CHARS) return { kind: 'invalid', problem: problems.tooLong };
	if (!text.includes('=')) return { kind: 'foreign', text };

	const byName = new Map<string, StateKey>(STATE_KEYS.map((k) => [HASH_NAMES[k], k]));
	const seen = new Set<StateKey>();
	const state: PlanState = { ...DEFAULT_STATE };
	for (const pair of text.split('&')) {
		const eq = pair.indexOf('=');
		const rawName = eq < 0 ? pair : pair.slice(0, eq);
		let name: string;
		let value: string;
		try {
			name = decodeURIComponent(rawName);
			value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
		} catch {
			return { kind: 'invalid', problem: problems.encoding };
		}
		const key = byName.get(name);
		if (!key) return { kind: 'invalid', problem: problems.unknown(clipName(name)) };
		if (seen.has(key)) return { kind: 'invalid', problem: problems.duplicate(name) };
		if (!isValidValue(key, value)) return { kind: 'invalid', problem: problems.value(name) };
		seen.add(key);
		state[key] = value;
	}
	if (!seen.has('pod') || !seen.has('service')) return { kind: 'invalid', problem: problems.missing };
	return { kind: 'ok', state };
}

export function sameState(a: PlanState, b: PlanState): boolean {
	return STATE_KEYS.every((k) => a[k] === b[k]);
}
