// Tests read diagnostics in words: a message ref formatted by the English or the Chinese catalogue, as
// the page and the CLI do (undefined stays undefined, for `find(…)?.message`).
import { formatMessage } from '../../../src/lib/i18n/index.ts';
import type { Lang, MessageRef } from '../../../src/lib/i18n/index.ts';
import { en } from '../../../src/lib/manifest/messages/en/index.ts';
import { zh } from '../../../src/lib/manifest/messages/zh/index.ts';

export function textIn<M extends MessageRef | undefined>(lang: Lang, message: M): M extends MessageRef ? string : string | undefined {
	return (message === undefined ? undefined : formatMessage(lang === 'zh' ? zh : en, message)) as M extends MessageRef ? string : string | undefined;
}
export const enText = <M extends MessageRef | undefined>(message: M) => textIn('en', message);
export const zhText = <M extends MessageRef | undefined>(message: M) => textIn('zh', message);
