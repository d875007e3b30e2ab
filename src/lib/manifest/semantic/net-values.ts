// Helpers the Service, networking, autoscaling, policy, RBAC, config and storage validators share (on top of
// values.ts): walking a field path while keeping the nodes to point at, IP addresses and CIDRs the way
// k8s.io/utils/net parses them (the CIDR engine in src/lib/cidr is that parser), wildcard DNS names.
import type { Node, YAMLMap } from 'yaml';
import { isMap } from 'yaml';
import { parseCidr } from '../../cidr/index.ts';
import type { Cidr } from '../../cidr/index.ts';
import { asMap, asSeq, field, fields, resolve, scalarValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext } from './context.ts';
import { isDNS1123Subdomain, isValidIP } from './values.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';
import type { RuleId } from '../rule-catalogue.ts';

/**
 * A place in the object: the value (aliases resolved), where to point for it, its key, and its path. The
 * path is built only when asked for (a finding is reported): a valid object then allocates almost nothing.
 */
export class Loc {
	readonly node: Node | undefined;
	/** Where a finding about the value points: the value itself, or the alias it came through. */
	readonly at: Node | undefined;
	/** The key holding the value (undefined for list items and the root). */
	readonly key: Node | undefined;
	/** The field is written in the object (even as `key:` with no value). */
	readonly present: boolean;
	private readonly parent: Loc | undefined;
	private readonly segment: PathSegment | undefined;
	private cachedPath: PathSegment[] | undefined;

	constructor(node: Node | undefined, at: Node | undefined, key: Node | undefined, present: boolean, parent: Loc | undefined, segment: PathSegment | undefined) {
		this.node = node;
		this.at = at;
		this.key = key;
		this.present = present;
		this.parent = parent;
		this.segment = segment;
	}

	/** Path from the object's root. */
	get path(): PathSegment[] {
		this.cachedPath ??= this.parent ? [...this.parent.path, this.segment!] : [];
		return this.cachedPath;
	}

	/** The same path, pointing elsewhere (e.g. a missing field reported at a sibling). */
	pointingAt(at: Node | undefined, key: Node | undefined): Loc {
		return new Loc(this.node, at, key, this.present, this.parent, this.segment);
	}
}

/** A map entry: a Loc with its key's text. */
export class Entry extends Loc {
	readonly name: string;

	constructor(name: string, node: Node | undefined, at: Node | undefined, key: Node | undefined, parent: Loc) {
		super(node, at, key, true, parent, name);
		this.name = name;
	}
}

export function rootLoc(context: SemanticContext): Loc {
	const node = context.object.node;
	return new Loc(node, node, undefined, true, undefined, undefined);
}

export function child(base: Loc, name: string): Loc {
	const f = base.node === undefined ? undefined : field(base.node, name);
	if (!f) return new Loc(undefined, undefined, undefined, false, base, name);
	return new Loc(f.value, f.locator, f.key, true, base, name);
}

/** Follows several keys; absent fields give an absent Loc. */
export function dig(base: Loc, ...names: string[]): Loc {
	let loc = base;
	for (const name of names) loc = child(loc, name);
	return loc;
}

/** The items of a list field, each with its index path. */
export function elements(base: Loc): Loc[] {
	const seq = asSeq(base.node);
	if (!seq) return [];
	return seq.items.map((raw, index) => {
		const node = resolve(raw);
		const at = raw && typeof raw === 'object' ? (raw as Node) : node;
		return new Loc(node, at, undefined, true, base, index);
	});
}

/** The entries of a map field (labels, data …), merge keys applied, each with its name. */
export function entries(base: Loc): Entry[] {
	const map = asMap(base.node);
	if (!map) return [];
	return fields(map).map((f) => new Entry(f.name, f.value, f.locator, f.key, base));
}

/** A present, non-null value (`key:` and `key: null` are "not set" to the API server). */
export function isSet(loc: Loc): boolean {
	return loc.present && loc.node !== undefined && scalarValue(loc.node) !== null;
}

export function str(loc: Loc): string | undefined {
	const value = scalarValue(loc.node);
	return typeof value === 'string' ? value : undefined;
}

export function num(loc: Loc): number | undefined {
	const value = scalarValue(loc.node);
	return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/**
 * The field is absent, null, or an empty list or map: "not set" to the API server. A value of another type
 * is not empty: the schema layer reports it, so required-field checks stay silent on it.
 */
export function isEmpty(loc: Loc): boolean {
	if (!loc.present || loc.node === undefined || scalarValue(loc.node) === null) return true;
	if (isMap(loc.node)) return (loc.node as YAMLMap).items.length === 0;
	const seq = asSeq(loc.node);
	return seq !== undefined && seq.items.length === 0;
}

/** Number of entries of a list or map field (0 when absent, null or of another type). */
export function sizeOf(loc: Loc): number {
	const node = loc.node;
	if (isMap(node)) return (node as YAMLMap).items.length;
	return asSeq(node)?.items.length ?? 0;
}

/** Where to point for an object that lacks a field: its key in the parent, else the value, else the object. */
export function holder(loc: Loc, fallback: Loc): Node | undefined {
	return loc.key ?? loc.at ?? fallback.key ?? fallback.at;
}

/** Reports at a Loc's value (or its key when there is no value). */
export function reportAt(context: SemanticContext, rule: RuleId, message: ManifestMessage, loc: Loc): void {
	context.report(rule, message, loc.at ?? loc.key, loc.path);
}

/** Reports at a Loc's key (for "this field may not be set here"). */
export function reportKey(context: SemanticContext, rule: RuleId, message: ManifestMessage, loc: Loc): void {
	context.report(rule, message, loc.key ?? loc.at, loc.path);
}

/** JSON-quoted value for messages. */
export function q(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}

// ----------------------------------------------------------------------------------------------- IPs

export interface ParsedIP {
	family: 'IPv4' | 'IPv6';
	/** The address in its family's width (IPv4-mapped IPv6 addresses count as IPv4, as Go's To4() does). */
	value: bigint;
}

/** netutils.ParseIPSloppy: undefined when the server would not read the text as an IP. */
export function parseIP(value: string): ParsedIP | undefined {
	if (!isValidIP(value)) return undefined;
	const parsed = parseCidr(`${value}/${value.includes(':') ? 128 : 32}`);
	if (!parsed.ok) return undefined;
	return { family: parsed.cidr.family, value: parsed.cidr.familyNetwork };
}

/** ValidateNonSpecialIP: why an external IP is refused (unspecified, loopback, link-local), or undefined. */
export function specialIPProblem(ip: ParsedIP): ManifestMessage | undefined {
	const v = ip.value;
	if (ip.family === 'IPv4') {
		if (v === 0n) return toMessage('fragment/special-ipproblem');
		if (v >> 24n === 127n) return toMessage('fragment/special-ipproblem:may-not-be-in-the');
		if (v >> 16n === 0xa9fen) return toMessage('fragment/special-ipproblem:may-not-be-in-the-2');
		if (v >> 8n === 0xe00000n) return toMessage('fragment/special-ipproblem:may-not-be-in-the-3');
		return undefined;
	}
	if (v === 0n) return toMessage('fragment/special-ipproblem:may-not-be-unspecified');
	if (v === 1n) return toMessage('fragment/special-ipproblem:may-not-be-the-loopback');
	if (v >> 118n === 0x3fan) return toMessage('fragment/special-ipproblem:may-not-be-in-the-4');
	if (v >> 120n === 0xffn && ((v >> 112n) & 0x0fn) === 2n) return toMessage('fragment/special-ipproblem:may-not-be-in-the-5');
	return undefined;
}

/** netutils.ParseCIDRSloppy (IsValidCIDR, and IsValidCIDRForLegacyField while StrictIPCIDRValidation is off). */
export function parseCIDRSloppy(value: string): Cidr | undefined {
	const parsed = parseCidr(value);
	return parsed.ok ? parsed.cidr : undefined;
}

/** Go's IPNet.Contains(ip) for the network address of `inner`. */
export function cidrContainsNetworkOf(outer: Cidr, inner: Cidr): boolean {
	if (outer.family !== inner.family) return false;
	const shift = BigInt(outer.familyBits - outer.familyPrefix);
	return inner.familyNetwork >> shift === outer.familyNetwork >> shift;
}

// --------------------------------------------------------------------------------------------- names

/** IsWildcardDNS1123Subdomain: "*." followed by a DNS-1123 subdomain, at most 253 characters. */
export function isWildcardDNS1123Subdomain(value: string): boolean {
	return value.length <= 253 && value.startsWith('*.') && isDNS1123Subdomain(value.slice(2));
}

/** path.IsValidPathSegmentName: not "." or "..", no "/" or "%". */
export function pathSegmentProblem(value: string): ManifestMessage | undefined {
	if (value === '.' || value === '..') return toMessage('fragment/path-segment-problem', { value });
	if (value.includes('/')) return toMessage('fragment/path-segment-problem:may-not-contain');
	if (value.includes('%')) return toMessage('fragment/path-segment-problem:may-not-contain-2');
	return undefined;
}

export const DNS1123_SUBDOMAIN_TEXT = toMessage('fragment/dns1123-subdomain-text');

export const DNS1123_LABEL_TEXT = toMessage('fragment/dns1123-label-text');
