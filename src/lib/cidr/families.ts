// Consistency of IP families across the Pod, Service and node lists.
//
// Kubernetes validates each list on its own and never compares them, but the families have to line up:
// - pkg/registry/core/service/storage/alloc.go (initIPFamilyFields): Services can only get ClusterIPs from the
//   configured Service CIDR families; single-stack Services use the first (primary) one.
// - pkg/controller/endpointslice: EndpointSlices are per address family and only take Pod IPs of that family, so
//   a Service family without Pod addresses yields empty EndpointSlices.
// - The kubelet reports node IPs per family (pkg/kubelet/nodestatus/setters.go NodeAddress); Pod traffic of a
//   family is routed between nodes over that family in the common CNI setups.

import { byFamily } from './lists.ts';
import type { ParsedList } from './lists.ts';
import { message } from './message.ts';
import { RULES, makeDiagnostic } from './rules.ts';
import type { Diagnostic } from './types.ts';

export function checkFamilies(pod: ParsedList, service: ParsedList, node: ParsedList): Diagnostic[] {
	const out: Diagnostic[] = [];
	const pods = byFamily(pod);
	const services = byFamily(service);
	const nodes = byFamily(node);
	// Only compare lists that parsed completely; a broken list is already an error of its own.
	const podOk = pods.length > 0 && pod.valid.length === pod.entries.length;
	const serviceOk = services.length > 0 && service.valid.length === service.entries.length;
	const nodeOk = nodes.length > 0 && node.valid.length === node.entries.length;

	if (podOk && serviceOk) {
		for (const s of services) {
			const p = pods.find((x) => x.cidr.family === s.cidr.family);
			if (!p) {
				out.push(
					makeDiagnostic(RULES.familyMismatch, 'service', message('cidr/family-mismatch', { family: s.cidr.family, service: s.cidr.text }), {
						index: s.index,
						range: s.range,
					}),
				);
			}
		}
		for (const p of pods) {
			if (!services.some((x) => x.cidr.family === p.cidr.family)) {
				out.push(
					makeDiagnostic(RULES.familyWithoutService, 'pod', message('cidr/family-without-service', { family: p.cidr.family, pod: p.cidr.text }), {
						index: p.index,
						range: p.range,
					}),
				);
			}
		}
		const p0 = pods[0];
		const s0 = services[0];
		if (p0 && s0 && p0.cidr.family !== s0.cidr.family && pods.some((p) => p.cidr.family === s0.cidr.family)) {
			out.push(
				makeDiagnostic(RULES.primaryFamilyMismatch, 'service', message('cidr/primary-family-mismatch', { podFamily: p0.cidr.family, serviceFamily: s0.cidr.family }), {
					index: s0.index,
					range: s0.range,
					related: { field: 'pod', index: p0.index, range: p0.range },
				}),
			);
		}
	}

	if (podOk && nodeOk) {
		for (const p of pods) {
			if (!nodes.some((x) => x.cidr.family === p.cidr.family)) {
				out.push(
					makeDiagnostic(RULES.nodeFamilyMismatch, 'node', message('cidr/node-family-mismatch', { family: p.cidr.family, pod: p.cidr.text }), {
						range: { start: 0, end: node.text.length },
						related: { field: 'pod', index: p.index, range: p.range },
					}),
				);
			}
		}
	}
	return out;
}
