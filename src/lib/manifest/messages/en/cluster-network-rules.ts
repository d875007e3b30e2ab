// English words of src/lib/manifest/cluster-network-rules.ts: kubeadm configuration in a manifest is judged by
// the CIDR engine and read by the kubeadm reader, whose findings carry those engines' own message ids.
import { en as cidr } from '../../../cidr/messages/en.ts';
import { en as config } from '../../../cluster-config/messages/en.ts';
import type { MessageFunctions, RuleText } from '../../../i18n/index.ts';

export const messages = { ...cidr, ...config } satisfies MessageFunctions;

export const rules = {} satisfies Record<string, RuleText>;
