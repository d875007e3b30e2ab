// Typed message references of the kubeadm configuration reader (words in ./messages/en.ts and zh.ts).
import type { MessageRef, ParamsOf } from '../i18n/index.ts';
import type { en } from './messages/en.ts';

export type ConfigMessageId = keyof typeof en;
export type ConfigMessage = MessageRef<ConfigMessageId>;

type Args<K extends ConfigMessageId> = ParamsOf<typeof en, K> extends undefined ? [] : [params: ParamsOf<typeof en, K>];

export function configMessage<K extends ConfigMessageId>(id: K, ...params: Args<K>): ConfigMessage {
	return { id, params: (params[0] ?? {}) as MessageRef['params'] };
}
