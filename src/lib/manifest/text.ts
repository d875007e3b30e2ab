// Small helper to build bilingual texts.
import type { LocalizedText } from './types.ts';

export function text(en: string, zh: string): LocalizedText {
	return { en, zh };
}
