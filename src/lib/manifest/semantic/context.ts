// What a semantic validator gets for one object: the object, the target release, and one way to report a
// finding at a node with a path relative to the object (the List prefix is added here, once).
import type { Node } from 'yaml';
import type { ManifestObject } from '../manifest-object.ts';
import type { DocumentFinding } from '../parse-documents.ts';
import { formatPath, rangeOf } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { ManifestMessage } from '../message.ts';
import type { RuleId } from '../rule-catalogue.ts';

export class SemanticContext {
	readonly findings: DocumentFinding[] = [];
	readonly object: ManifestObject;
	readonly k8sVersion: string;

	constructor(object: ManifestObject, k8sVersion: string) {
		this.object = object;
		this.k8sVersion = k8sVersion;
	}

	/** Reports `rule` at `at` (a key or value node), with `path` relative to the object's root. */
	report(rule: RuleId, message: ManifestMessage, at: Node | undefined, path: readonly PathSegment[]): void {
		const node = at ?? this.object.node;
		this.findings.push({ rule, message, ...rangeOf(node), path: formatPath([...this.object.path, ...path]), document: this.object.document });
	}
}

/** Validates one object of the kinds it is registered for; reports through the context. */
export type SemanticValidator = (context: SemanticContext) => void;
