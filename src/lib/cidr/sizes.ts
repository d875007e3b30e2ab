// Size rules for the Service and Pod ranges and the Pod range vs node mask relation.
//
// Kubernetes source:
// - cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateNetworking → ValidateIPNetFromString with
//   constants.MinimumAddressesInServiceSubnet (10) / MinimumAddressesInPodSubnet (14), using
//   netutils.RangeSize = 2^(bits − ones) of the mask as parsed (128 bits for an IPv4-mapped CIDR).
// - ValidateServiceSubnetSize: bits − ones > constants.MaximumBitsForServiceSubnet (20) is an error
//   ("for %d-bit addresses, the mask must be >= %d"). The same check lives in
//   cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags/validateMaxCIDRRange, but there it is
//   skipped when the MultiCIDRServiceAllocator and DisableAllocatorDualWrite gates are on (GA/default in v1.34);
//   the new allocator (pkg/registry/core/service/ipallocator/ipallocator.go NewIPAllocator) then only refuses
//   IPv6 prefixes shorter than /64. kubeadm keeps the 20-bit cap.
// - The old bitmap allocator (pkg/registry/core/service/ipallocator/bitmap.go NewAllocatorCIDRRange) caps an
//   IPv6 range at 65536 addresses, hence the /112 note (cmd/kubeadm/app/constants/constants.go).
// - ValidatePodSubnetNodeMask: Pod mask > node mask is an error, and node mask − Pod mask >
//   constants.PodSubnetNodeMaskMaxDiff (16) too. The family of the node mask comes from netutils.IsIPv6 of the
//   masked network, and the Pod mask is the parsed one (so a mapped /104 is compared with the IPv4 node mask).
//   kube-controller-manager enforces the first in pkg/controller/nodeipam/node_ipam_controller.go
//   NewNodeIpamController and the second, for IPv6 only, in pkg/controller/nodeipam/ipam/cidrset/cidr_set.go
//   NewCIDRSet (clusterSubnetMaxDiff).

import { pow2, toCount } from './addr.ts';
import type { ParsedList } from './lists.ts';
import { message } from './message.ts';
import { LIMITS, RULES, makeDiagnostic } from './rules.ts';
import type { Settings } from './settings.ts';
import { nodeMaskFor } from './settings.ts';
import type { Diagnostic } from './types.ts';

export function checkServiceSizes(service: ParsedList): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const v of service.valid) {
		const { cidr } = v;
		const where = { index: v.index, range: v.range };
		const hostBits = cidr.bits - cidr.prefix;
		const size = pow2(hostBits);
		if (size < BigInt(LIMITS.minServiceAddresses)) {
			out.push(makeDiagnostic(RULES.serviceTooSmall, 'service', message('cidr/service-too-small', { cidr: cidr.text, size: toCount(size) }), where));
		}
		if (hostBits > LIMITS.maxServiceHostBits) {
			out.push(makeDiagnostic(RULES.serviceTooLarge, 'service', message('cidr/service-too-large', { cidr: cidr.text, bits: cidr.bits, prefix: cidr.prefix }), where));
		} else if (cidr.family === 'IPv6' && pow2(hostBits) > BigInt(LIMITS.ipv6BitmapCap)) {
			out.push(makeDiagnostic(RULES.serviceIPv6Clamped, 'service', message('cidr/service-ipv6-clamped', { cidr: cidr.text, prefix: cidr.prefix }), where));
		}
	}
	return out;
}

export function checkPodSizes(pod: ParsedList, settings: Settings): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const v of pod.valid) {
		const { cidr } = v;
		const where = { index: v.index, range: v.range };
		const size = pow2(cidr.bits - cidr.prefix);
		if (size < BigInt(LIMITS.minPodAddresses)) {
			out.push(makeDiagnostic(RULES.podTooSmall, 'pod', message('cidr/pod-too-small', { cidr: cidr.text, size: toCount(size) }), where));
		}
		const nodeMask = nodeMaskFor(settings, cidr.family);
		const maskField = cidr.family === 'IPv4' ? 'nodeMaskV4' : 'nodeMaskV6';
		if (cidr.prefix > nodeMask) {
			out.push(
				makeDiagnostic(
					RULES.podSmallerThanNodeRange,
					'pod',
					message('cidr/pod-smaller-than-node-range', { cidr: cidr.text, prefix: cidr.prefix, nodeMask, family: cidr.family, mapped: cidr.mapped }),
					{ ...where, related: { field: maskField } },
				),
			);
		} else if (nodeMask - cidr.prefix > LIMITS.maxNodeMaskDiff) {
			out.push(
				makeDiagnostic(RULES.nodeMaskDiff, 'pod', message('cidr/node-mask-diff', { cidr: cidr.text, prefix: cidr.prefix, nodeMask, family: cidr.family }), {
					...where,
					related: { field: maskField },
				}),
			);
		}
	}
	return out;
}
