// The one way the engine words a finding: a message id and typed params, no words. The ids and the
// params' types come from the English catalogue by `import type` only, so the engine (and the worker
// that runs it) carries no catalogue, and a wrong id or param name fails the type check.
import type { MessageRef } from '../i18n/index.ts';
import type { en } from './messages/en/index.ts';

type Catalogue = typeof en;
export type MessageId = keyof Catalogue;
/** A finding's words as data; formatted by `formatMessage(catalogue, ref)` at the edges. */
export type ManifestMessage = MessageRef<MessageId>;

// A text param may also be a nested message (a shared fragment such as "must be a DNS-1123 label"),
// which the edge formats in the same language before the outer message.
type CoreParam<T> = T extends string ? T | ManifestMessage : T;
type CoreParams<P> = { [N in keyof P]: CoreParam<P[N]> };
type ArgsOf<K extends MessageId> = Parameters<Catalogue[K]> extends [] ? [] : [params: CoreParams<Parameters<Catalogue[K]>[0]>];

export function message<K extends MessageId>(id: K, ...params: ArgsOf<K>): ManifestMessage {
	return { id, params: (params[0] ?? {}) as MessageRef['params'] };
}
