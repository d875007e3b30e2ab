// Rules for networks inside special-purpose address space (table and sources in ranges.ts).
// Loopback, link-local, multicast, reserved and documentation space are errors; shared address space, public
// space, Docker's default bridge, IPv6 site-local and other special blocks are warnings.

import type { ParsedList } from './lists.ts';
import { message } from './message.ts';
import type { RangeCategory, SpecialRange } from './ranges.ts';
import { classify } from './ranges.ts';
import { RULES, makeDiagnostic } from './rules.ts';
import type { Diagnostic } from './types.ts';

type RangeRuleKey = Extract<keyof typeof RULES, `range${string}`>;

const RULE_OF: Partial<Record<RangeCategory, (typeof RULES)[RangeRuleKey]>> = {
	loopback: RULES.rangeLoopback,
	'link-local': RULES.rangeLinkLocal,
	multicast: RULES.rangeMulticast,
	reserved: RULES.rangeReserved,
	documentation: RULES.rangeDocumentation,
	shared: RULES.rangeShared,
	public: RULES.rangePublic,
	'docker-bridge': RULES.rangeDockerBridge,
	'site-local': RULES.rangeSiteLocal,
	special: RULES.rangeSpecial,
};

export function checkSpecialRanges(list: ParsedList): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const v of list.valid) {
		const hits = classify(v.cidr.family, v.cidr.familyNetwork, v.cidr.familyPrefix);
		// One diagnostic per category, naming every block of that category the network touches.
		const byCategory = new Map<RangeCategory, { ranges: SpecialRange[]; inside: boolean }>();
		for (const h of hits) {
			const group = byCategory.get(h.range.category) ?? { ranges: [], inside: false };
			group.ranges.push(h.range);
			group.inside = group.inside || h.inside;
			byCategory.set(h.range.category, group);
		}
		for (const [category, group] of byCategory) {
			const rule = RULE_OF[category];
			if (!rule) continue;
			out.push(
				makeDiagnostic(rule, list.field, message(rule.id, { field: list.field, cidr: v.cidr.text, ranges: group.ranges.map((r) => r.cidr), inside: group.inside }), {
					index: v.index,
					range: v.range,
				}),
			);
		}
	}
	return out;
}
