// Layer 4, semantic: what kube-apiserver's own validation (pkg/apis/<group>/validation) rejects after
// decoding and defaulting — run on built-in objects only, each validator reading values as the server does.
import { groupOf } from '../manifest-object.ts';
import type { ManifestObject } from '../manifest-object.ts';
import type { DocumentFinding } from '../parse-documents.ts';
import { SemanticContext } from './context.ts';
import { validatorsFor } from './registry.ts';

export { SEMANTIC_RULES } from './registry.ts';

export function checkSemantics(objects: readonly ManifestObject[], k8sVersion: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		// Only objects the bundled schema knows: their shape has been checked, so fields have the types
		// the validators expect (a wrong type is the schema layer's finding, not a second one here).
		if (!object.typeId || object.componentConfig || !object.apiVersion || !object.kind) continue;
		const context = new SemanticContext(object, k8sVersion);
		for (const validate of validatorsFor(groupOf(object.apiVersion), object.kind)) validate(context);
		findings.push(...context.findings);
	}
	return findings;
}
