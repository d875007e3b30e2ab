// The CIDR playground's rule engine applied to kubeadm configuration: one reader, one set of network
// rules, two front ends (the CIDR page's kubeadm view and the YAML validator).
import { fileProblems } from '../cluster-config/config-problems.ts';
import type { ConfigProblem } from '../cluster-config/config-problems.ts';
import { readConfigDocuments } from '../cluster-config/read-config.ts';
import { formatMessage } from '../i18n/format-message.ts';
import { en as cidrEn } from '../cidr/messages/en.ts';
import { zh as cidrZh } from '../cidr/messages/zh.ts';
import type { ClusterNetworkRules } from './check-cluster-configuration.ts';
import type { LocalizedText } from './types.ts';

/**
 * The manifest validator's findings still carry both languages' text; the CIDR engine's carry a reference.
 * Until the manifest findings become references too (issue 13, the manifest side), the reference is
 * formatted here with both CIDR catalogues. Then this passes `p.message` through.
 */
function localized(message: ConfigProblem['message']): LocalizedText {
	if ('en' in message) return message as LocalizedText;
	return { en: formatMessage(cidrEn, message), zh: formatMessage(cidrZh, message) };
}

export const cidrClusterNetworkRules: ClusterNetworkRules = (text, documents) => {
	const read = readConfigDocuments(text, documents);
	return fileProblems(text, read).map((p) => ({ rule: p.rule, severity: p.severity, message: localized(p.message), start: p.offset, end: p.endOffset, path: p.path }));
};
