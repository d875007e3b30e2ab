// Shared types of the CIDR planner core. Framework-free: used by the web page, the CLI and the tests.

import type { Severity } from '../i18n/index.ts';
export type { Severity };

/** The input a diagnostic is about. Names match the CLI flags and the page's form fields. */
export type Field = 'pod' | 'service' | 'node' | 'nodeMaskV4' | 'nodeMaskV6' | 'maxPods';

export type Family = 'IPv4' | 'IPv6';

import type { CidrMessage } from './message.ts';
import type { RuleId } from './rules.ts';

/** A half-open character range `[start, end)` inside the text of a field, for underlining. */
export interface TextRange {
	start: number;
	end: number;
}

export interface Diagnostic {
	severity: Severity;
	/** Stable rule id, e.g. `cidr/overlap`. See RULES in rules.ts. */
	rule: RuleId;
	field: Field;
	/** Index of the offending CIDR in the field's comma-separated list, when the diagnostic is about one entry. */
	index?: number;
	/** Where the offending text sits in the field's text. */
	range?: TextRange;
	/** The other side of a relation (overlaps, family mismatches), so a UI can mark both inputs. */
	related?: { field: Field; index?: number; range?: TextRange };
	/** What to say, as data: formatted by a catalogue (messages/en.ts, messages/zh.ts) at the edge. */
	message: CidrMessage;
}

/**
 * A CIDR as Kubernetes sees it after parsing with Go's net.ParseCIDR (through k8s.io/utils/net ParseCIDRSloppy).
 *
 * `bits`/`prefix` describe the mask exactly as Go builds it: an IPv4-mapped IPv6 CIDR such as
 * `::ffff:10.0.0.0/104` keeps its 128-bit mask (prefix 104), while Kubernetes classifies it as IPv4 because
 * the masked network is an IPv4-mapped address (`IP.To4() != nil`). The `family*` fields express the same
 * range inside its family's address space (for the example: 10.0.0.0/8), which is what containment and
 * overlap use (Go's IPNet.Contains does the same).
 */
export interface Cidr {
	family: Family;
	/** Width of the mask as parsed: 32 for dotted IPv4, 128 for anything written as IPv6. */
	bits: 32 | 128;
	/** Prefix length as written (after leading zeros are dropped). */
	prefix: number;
	/** The masked network address, as an integer of `bits` width. */
	network: bigint;
	/** True for an IPv6-written CIDR whose network lies in ::ffff:0:0/96 — Kubernetes treats it as IPv4. */
	mapped: boolean;
	familyBits: 32 | 128;
	familyPrefix: number;
	familyNetwork: bigint;
	/** The network as Go's IPNet.String() prints it, e.g. `10.96.0.0/12`, `fd00::/108`, `10.0.0.0/8` for a mapped CIDR. */
	text: string;
}

/** Why a CIDR was rejected. Each maps to a precise sentence in the catalogues (messages/en.ts). */
export type ParseFailure =
	| 'empty'
	| 'whitespace'
	| 'non-ascii'
	| 'too-long'
	| 'no-prefix'
	| 'bad-prefix'
	| 'prefix-too-long'
	| 'zone'
	| 'ipv4-shorthand'
	| 'ipv4-octet-range'
	| 'ipv4-syntax'
	| 'ipv6-syntax'
	| 'bad-address';

export type ParseResult =
	| {
			ok: true;
			cidr: Cidr;
			/** Leading zeros were present and read as decimal (k8s.io/utils/net ParseCIDRSloppy). */
			leadingZeros: boolean;
			/** The address had host bits set; Go's ParseCIDR silently masked them. */
			hostBitsSet: boolean;
			/** The address exactly as the user typed it (for messages). */
			input: string;
	  }
	| { ok: false; reason: ParseFailure; input: string; detail?: string };

/** One entry of a comma-separated list with its position in the field's text. */
export interface ListEntry {
	index: number;
	text: string;
	range: TextRange;
	result: ParseResult;
}

/** Raw user input. Masks and maxPods accept strings so a form's text can be validated as typed. */
export interface PlanInput {
	pod: string;
	service: string;
	node?: string;
	nodeMaskV4?: number | string;
	nodeMaskV6?: number | string;
	maxPods?: number | string;
}

/** A count that stays exact in JSON: a number up to 2^53 − 1, a decimal string beyond. */
export type Count = number | string;

export interface FamilyPlan {
	family: Family;
	/** The first family of the Pod list is the cluster's primary family. */
	primary: boolean;
	/** Normalised Pod range, '' when this family has no Pod range. */
	pod: string;
	/** Normalised Service range of this family, '' when none. */
	service: string;
	/** Normalised node network of this family, '' when none was given. */
	node: string;
	nodeMask: number;
	/** Per-node Pod ranges the Pod range splits into: 2^(node mask − Pod mask). */
	nodeRanges: Count;
	/** Per-node ranges the node IPAM controller marks as used because the Service range overlaps them. */
	nodeRangesReservedByService: Count;
	/** nodeRanges − nodeRangesReservedByService. */
	nodeRangesAvailable: Count;
	addressesPerNode: Count;
	/** Node addresses the node network offers ('' when no node network was given). */
	nodeNetworkHosts: Count | '';
	/** min(available per-node ranges, node network hosts). */
	maxNodes: Count;
	/** ClusterIPs the Service range offers: IPv4 2^n − 2, IPv6 2^n − 1. */
	serviceIPs: Count;
	/** First address of the Service range: ClusterIP of the `kubernetes` Service (primary family only, else ''). */
	kubernetesServiceIP: string;
	/** Tenth address of the Service range: the cluster DNS Service IP kubeadm picks (primary family only, else ''). */
	dnsServiceIP: string;
}

export interface AnalyzeResult {
	/** No error-level diagnostics. */
	ok: boolean;
	diagnostics: Diagnostic[];
	plan: FamilyPlan[];
	/** The values actually used after defaults. */
	settings: { nodeMaskV4: number; nodeMaskV6: number; maxPods: number };
}
