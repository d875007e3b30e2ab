// The rules: every diagnostic the core can emit, with its stable id, severity and the fields it can be about.
// What each checks and the Kubernetes source it mirrors are in ./rule-catalogue.ts, apart, so the browser's
// bundle does not carry them.

import type { CidrMessage } from './message.ts';
import type { Diagnostic, Field, Severity, TextRange } from './types.ts';

export interface RuleInfo<Id extends string = string> {
	id: Id;
	severity: Severity;
	fields: readonly Field[];
}

const LISTS: readonly Field[] = ['pod', 'service', 'node'];

/** Keeps the id's literal type, so RuleId below is the union of the ids. */
function rule<const Id extends `cidr/${string}`>(id: Id, severity: Severity, fields: readonly Field[]): RuleInfo<Id> {
	return { id, severity, fields };
}

export const RULES = {
	empty: rule('cidr/empty', 'error', ['pod', 'service']),
	parse: rule('cidr/parse', 'error', LISTS),
	leadingZeros: rule('cidr/leading-zeros', 'warning', LISTS),
	hostBitsSet: rule('cidr/host-bits-set', 'warning', LISTS),
	ipv4Mapped: rule('cidr/ipv4-mapped', 'warning', LISTS),
	tooMany: rule('cidr/too-many', 'error', LISTS),
	sameFamily: rule('cidr/same-family', 'error', LISTS),
	familyMismatch: rule('cidr/family-mismatch', 'error', ['service']),
	familyWithoutService: rule('cidr/family-without-service', 'warning', ['pod']),
	primaryFamilyMismatch: rule('cidr/primary-family-mismatch', 'warning', ['service']),
	nodeFamilyMismatch: rule('cidr/node-family-mismatch', 'warning', ['node']),
	serviceTooSmall: rule('cidr/service-too-small', 'error', ['service']),
	serviceTooLarge: rule('cidr/service-too-large', 'error', ['service']),
	serviceIPv6Clamped: rule('cidr/service-ipv6-clamped', 'info', ['service']),
	podTooSmall: rule('cidr/pod-too-small', 'error', ['pod']),
	podSmallerThanNodeRange: rule('cidr/pod-smaller-than-node-range', 'error', ['pod']),
	nodeMaskDiff: rule('cidr/node-mask-diff', 'error', ['pod']),
	nodeMaskInvalid: rule('cidr/node-mask-invalid', 'error', ['nodeMaskV4', 'nodeMaskV6']),
	nodeMaskUnusedFamily: rule('cidr/node-mask-unused-family', 'error', ['nodeMaskV4', 'nodeMaskV6']),
	maxPodsInvalid: rule('cidr/max-pods-invalid', 'error', ['maxPods']),
	overlap: rule('cidr/overlap', 'error', LISTS),
	rangeLoopback: rule('cidr/range-loopback', 'error', LISTS),
	rangeLinkLocal: rule('cidr/range-link-local', 'error', LISTS),
	rangeMulticast: rule('cidr/range-multicast', 'error', LISTS),
	rangeReserved: rule('cidr/range-reserved', 'error', LISTS),
	rangeDocumentation: rule('cidr/range-documentation', 'error', LISTS),
	rangeShared: rule('cidr/range-shared', 'warning', LISTS),
	rangePublic: rule('cidr/range-public', 'warning', LISTS),
	rangeDockerBridge: rule('cidr/range-docker-bridge', 'warning', LISTS),
	rangeSiteLocal: rule('cidr/range-site-local', 'warning', LISTS),
	rangeSpecial: rule('cidr/range-special', 'warning', LISTS),
	noNodes: rule('cidr/no-nodes', 'error', ['pod', 'node']),
	fewNodes: rule('cidr/few-nodes', 'warning', ['pod', 'node']),
	nodeRangeSmall: rule('cidr/node-range-small', 'warning', ['pod', 'maxPods']),
	nodeNetworkLimit: rule('cidr/node-network-limit', 'info', ['node']),
} as const;

export type RuleKey = keyof typeof RULES;
/** Every rule id the CIDR engine reports: a typo in one fails the type check. */
export type RuleId = (typeof RULES)[RuleKey]['id'];

/** Thresholds Kubernetes uses (kubeadm constants) and the planner's own. */
export const LIMITS = {
	/** Entries of one list that are analysed. Kubernetes accepts at most two (dual-stack); a longer list is
	 * already an error, and analysing every entry of a 1,000-entry paste (overlaps, layout) costs quadratic time. */
	maxAnalysedEntries: 8,
	/** cmd/kubeadm/app/constants MinimumAddressesInServiceSubnet. */
	minServiceAddresses: 10,
	/** cmd/kubeadm/app/constants MaximumBitsForServiceSubnet (also the apiserver's maxCIDRBits). */
	maxServiceHostBits: 20,
	/** cmd/kubeadm/app/constants MinimumAddressesInPodSubnet. */
	minPodAddresses: 14,
	/** cmd/kubeadm/app/constants PodSubnetNodeMaskMaxDiff; cidrset clusterSubnetMaxDiff. */
	maxNodeMaskDiff: 16,
	/** Old bitmap Service IP allocator cap for IPv6. */
	ipv6BitmapCap: 65536,
	/** Below this many nodes the plan is "very few nodes" (planner's choice). */
	fewNodes: 8,
	/** Parse diagnostics reported per field before the rest are summarised (hostile input). */
	maxParseDiagnosticsPerField: 8,
	defaultNodeMaskV4: 24,
	defaultNodeMaskV6: 64,
	defaultMaxPods: 110,
	maxInt32: 2147483647,
} as const;

/** Build a diagnostic with the rule's id and severity. */
export function makeDiagnostic(
	rule: RuleInfo<RuleId>,
	field: Field,
	message: CidrMessage,
	where: { index?: number; range?: TextRange; related?: Diagnostic['related'] } = {},
): Diagnostic {
	const d: Diagnostic = { severity: rule.severity, rule: rule.id, field, message };
	if (where.index !== undefined) d.index = where.index;
	if (where.range) d.range = where.range;
	if (where.related) d.related = where.related;
	return d;
}
