// Chinese words of src/lib/manifest/cluster-network-rules.ts: kubeadm configuration in a manifest is judged by
// the CIDR engine and read by the kubeadm reader, whose findings carry those engines' own message ids.
import { zh as cidr } from '../../../cidr/messages/zh.ts';
import { zh as config } from '../../../cluster-config/messages/zh.ts';
import type { MessageFunctions, RuleText } from '../../../i18n/index.ts';

export const messages = { ...cidr, ...config } satisfies MessageFunctions;

export const rules = {} satisfies Record<string, RuleText>;
