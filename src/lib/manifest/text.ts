import { type ManifestMessage } from './message.ts';
// Small helper to build bilingual texts.

export function text(en: string, zh: string): ManifestMessage {
	return { en, zh };
}
