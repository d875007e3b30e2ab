// The CIDR rules' own words in English (the rules page, the CLI's SARIF output): a title and what the rule
// checks. The Kubernetes source each rule mirrors is in ../rule-catalogue.ts.
import type { RuleText } from '../../i18n/index.ts';
import type { RuleId } from '../rules.ts';
import { RULE_DOCS } from '../rule-catalogue.ts';
import { RULES } from '../rules.ts';

const TITLES: Record<RuleId, string> = {
	'cidr/empty': 'Empty network',
	'cidr/parse': 'Not a CIDR',
	'cidr/leading-zeros': 'Leading zeros',
	'cidr/host-bits-set': 'Host bits set',
	'cidr/ipv4-mapped': 'IPv4-mapped IPv6 CIDR',
	'cidr/too-many': 'Too many CIDRs',
	'cidr/same-family': 'Two CIDRs of one family',
	'cidr/family-mismatch': 'Service family without Pods',
	'cidr/family-without-service': 'Pod family without Services',
	'cidr/primary-family-mismatch': 'Primary families differ',
	'cidr/node-family-mismatch': 'Node network misses a family',
	'cidr/service-too-small': 'Service range too small',
	'cidr/service-too-large': 'Service range too large',
	'cidr/service-ipv6-clamped': 'IPv6 Service range clamped',
	'cidr/pod-too-small': 'Pod range too small',
	'cidr/pod-smaller-than-node-range': 'Pod range smaller than a node’s',
	'cidr/node-mask-diff': 'Node mask too long',
	'cidr/node-mask-invalid': 'Invalid node mask',
	'cidr/node-mask-unused-family': 'Node mask for an unused family',
	'cidr/max-pods-invalid': 'Invalid maxPods',
	'cidr/overlap': 'Ranges overlap',
	'cidr/range-loopback': 'Loopback range',
	'cidr/range-link-local': 'Link-local range',
	'cidr/range-multicast': 'Multicast range',
	'cidr/range-reserved': 'Reserved range',
	'cidr/range-documentation': 'Documentation range',
	'cidr/range-shared': 'Shared address space',
	'cidr/range-public': 'Public address space',
	'cidr/range-docker-bridge': 'Docker bridge range',
	'cidr/range-site-local': 'Site-local range',
	'cidr/range-special': 'Special-purpose range',
	'cidr/no-nodes': 'No room for nodes',
	'cidr/few-nodes': 'Room for few nodes',
	'cidr/node-range-small': 'Per-node range too small',
	'cidr/node-network-limit': 'Node network limits the cluster',
};

export const enRules = Object.fromEntries(
	(Object.keys(RULES) as Array<keyof typeof RULES>).map((key) => [RULES[key].id, { title: TITLES[RULES[key].id], explanation: RULE_DOCS[key].summary }]),
) as Record<RuleId, RuleText>;
