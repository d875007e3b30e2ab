// The engine's side of the messages: a typed reference (id and parameters), no words. The types come from
// the English catalogue by `import type` only, so no catalogue is bundled with the engine, yet a typo in an
// id or a parameter fails the type check.
import type { MessageRef, ParamsOf } from '../i18n/index.ts';
import type { en } from './messages/en.ts';

export type MessageId = keyof typeof en;
export type CidrMessage = MessageRef<MessageId>;

/** A message without parameters takes none. */
type Args<K extends MessageId> = ParamsOf<typeof en, K> extends undefined ? [] : [params: ParamsOf<typeof en, K>];

export function message<K extends MessageId>(id: K, ...params: Args<K>): CidrMessage {
	return { id, params: (params[0] ?? {}) as MessageRef['params'] };
}
