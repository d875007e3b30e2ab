// One semantic rule's catalogue entry. `source` names the Kubernetes Go file and function the rule
// mirrors (kubernetes/kubernetes paths unless another repository is named), as the CIDR rules do.
// Its words are in the catalogues (src/lib/manifest/messages/<lang>/semantic/<module>.ts, `rules`).
import type { RuleInfo } from '../rule-catalogue.ts';
import type { Severity } from '../types.ts';

export function semanticRule<const Id extends string>(id: Id, severity: Severity, source: string): RuleInfo<Id> {
	return { id, layer: 'semantic', severity, source };
}
