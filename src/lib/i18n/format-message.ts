// Formatting at the edges: a catalogue turns a message reference into text. An id the catalogue does not
// have comes out as the id itself (a stale share link or a newer engine must never break a page).
import type { MessageFunctions, MessageRef } from './index.ts';

export function formatMessage(catalogue: MessageFunctions, ref: MessageRef): string {
	const format = (catalogue as Record<string, ((params: unknown) => string) | undefined>)[ref.id];
	return format ? format(ref.params) : ref.id;
}

/** A formatter bound to one catalogue, as views take it. */
export type Formatter = (ref: MessageRef) => string;

export const formatterOf =
	(catalogue: MessageFunctions): Formatter =>
	(ref) =>
		formatMessage(catalogue, ref);
