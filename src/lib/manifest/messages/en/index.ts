// The manifest validator's English words: every message (by id) and every rule's title and explanation.
// One module per engine file; new ones are added by /work/wt/codemod-messages.ts at the markers.
import type { MessageFunctions, RuleText } from '../../../i18n/index.ts';
import type { RuleId } from '../../rule-catalogue.ts';
// codemod: imports

export const en = {
	// codemod: messages
} satisfies MessageFunctions;

export const enRules = {
	// codemod: rules
} satisfies Record<RuleId, RuleText>;
