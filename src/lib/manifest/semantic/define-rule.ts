// One semantic rule's catalogue entry. `source` names the Kubernetes Go file and function the rule
// mirrors (kubernetes/kubernetes paths unless another repository is named), as the CIDR rules do.
import type { RuleInfo } from '../rule-catalogue.ts';
import type { Severity } from '../types.ts';

export function semanticRule(id: string, severity: Severity, title: [string, string], explanation: [string, string], source: string): RuleInfo {
	return { id, layer: 'semantic', severity, title: { en: title[0], zh: title[1] }, explanation: { en: explanation[0], zh: explanation[1] }, source };
}
