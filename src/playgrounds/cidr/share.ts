// The playground's state as text: the URL hash of a share link and the localStorage entry use the same
// encoding, and both go through the same strict decoder, because both can be tampered with.

import type { PlanInput } from '../../lib/cidr/types.ts';
import { readHashParams, writeHashParams } from '../common/hash-params.ts';

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

/**
 * Longest value a field takes (the form's `maxlength`). Every value the form can hold must survive a share
 * link and a reload, so values are checked for length and control characters only: they are analysed as
 * text and always written with textContent, so markup in a value is just a wrong CIDR.
 */
export const MAX_FIELD_CHARS: Record<StateKey, number> = { pod: 1024, service: 1024, node: 1024, nodeMaskV4: 32, nodeMaskV6: 32, maxPods: 32 };
// C0 and C1 controls and the bidirectional overrides: no keyboard types them into a one-line field.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
// Percent-encoding can triple a value; 3 × (3 × 1024) + 3 × (3 × 32) + names stays under 10,000.
const MAX_HASH_CHARS = 10_000;

export function toPlanInput(state: PlanState): PlanInput {
	return { ...state };
}

export function isValidValue(key: StateKey, value: string): boolean {
	return value.length <= MAX_FIELD_CHARS[key] && !CONTROL.test(value);
}

/** `pod=10.100.0.0%2F16&service=…` — every key, in a fixed order, so equal plans give equal links. */
export function encodeState(state: PlanState): string {
	return writeHashParams(STATE_KEYS.map((k) => [HASH_NAMES[k], encodeURIComponent(state[k])]));
}

export type DecodeResult =
	| { kind: 'empty' }
	/** Not ours: no `name=value` pairs at all, e.g. a heading anchor. The caller decides. */
	| { kind: 'foreign'; text: string }
	| { kind: 'ok'; state: PlanState }
	| { kind: 'invalid'; problem: ShareProblem };

/** Why a link is not a plan, as data: the page's words (words-en.ts, words-zh.ts) say it. */
export type ShareProblem =
	| { id: 'too-long' }
	| { id: 'encoding' }
	| { id: 'unknown'; name: string }
	| { id: 'duplicate'; name: string }
	| { id: 'value'; name: string; max: number }
	| { id: 'missing' };

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
	const byName = new Map<string, StateKey>(STATE_KEYS.map((k) => [HASH_NAMES[k], k]));
	const read = readHashParams(raw, { maxChars: MAX_HASH_CHARS, names: [...byName.keys()] });
	if (read.kind === 'empty' || read.kind === 'foreign') return read;
	if (read.kind === 'invalid') {
		const p = read.problem;
		return { kind: 'invalid', problem: p.id === 'unknown' || p.id === 'duplicate' ? { id: p.id, name: clipName(p.name) } : p };
	}
	const state: PlanState = { ...DEFAULT_STATE };
	for (const [name, encoded] of read.values) {
		const key = byName.get(name)!;
		let value: string;
		try {
			value = decodeURIComponent(encoded.replace(/\+/g, ' '));
		} catch {
			return { kind: 'invalid', problem: { id: 'encoding' } };
		}
		if (!isValidValue(key, value)) return { kind: 'invalid', problem: { id: 'value', name: clipName(name), max: MAX_FIELD_CHARS[key] } };
		state[key] = value;
	}
	if (!read.values.has(HASH_NAMES.pod) || !read.values.has(HASH_NAMES.service)) return { kind: 'invalid', problem: { id: 'missing' } };
	return { kind: 'ok', state };
}

export function sameState(a: PlanState, b: PlanState): boolean {
	return STATE_KEYS.every((k) => a[k] === b[k]);
}
