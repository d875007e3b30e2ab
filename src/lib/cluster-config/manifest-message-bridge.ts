// TEMPORARY (msg-manifest, until the CIDR engine's messages are refs too — helper msg-cidr): the YAML
// reader's findings are manifest message refs now, while this module's findings still carry CIDR-style
// {en, zh} texts. Formats a ref in both languages. Delete at merge: pass the ref through instead.
import { formatMessage } from '../i18n/index.ts';
import type { MessageRef } from '../i18n/index.ts';
import type { Message } from '../cidr/types.ts';
import { en } from '../manifest/messages/en/index.ts';
import { zh } from '../manifest/messages/zh/index.ts';

export function bothLanguages(ref: MessageRef): Message {
	return { en: formatMessage(en, ref), zh: formatMessage(zh, ref) };
}
