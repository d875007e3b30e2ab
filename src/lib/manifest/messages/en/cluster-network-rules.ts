// English words of src/lib/manifest/cluster-network-rules.ts.
import type { MessageFunctions, RuleText } from '../../../i18n/index.ts';

export const messages = {
	// TEMPORARY: a CIDR diagnostic's two texts, until the CIDR engine reports refs (then format those).
	'bridge/cidr-text': (p: { en: string; zh: string }) => p.en,
} satisfies MessageFunctions;

export const rules = {
} satisfies Record<string, RuleText>;
