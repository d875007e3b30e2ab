// Layer "custom-resource": the CustomResourceDefinitions in the paste are validated as apiextensions-apiserver
// validates them, and each custom object whose CRD is in the paste is checked against the schema of the
// version it names — or refused as the server does when that version is not served.
import { groupOf } from '../manifest-object.ts';
import type { ManifestObject } from '../manifest-object.ts';
import type { DocumentFinding } from '../parse-documents.ts';
import { field, formatPath, rangeOf } from '../yaml-access.ts';
import { checkInstance } from './check-instance.ts';
import type { InstanceCheck } from './check-instance.ts';
import { isCrd, readCrd } from './crd-definitions.ts';
import type { CrdDefinition } from './crd-definitions.ts';
import { message } from '../message.ts';

export interface CustomResourceOutcome {
	findings: DocumentFinding[];
	/** Documents holding custom objects that were checked against a pasted CRD's schema. */
	checkedDocuments: Set<number>;
	/** Documents whose CEL rules could not all be evaluated. */
	celSkippedDocuments: Set<number>;
}

const STATUS: ReadonlySet<string> = new Set(['status']);

export function checkCustomResources(objects: readonly ManifestObject[], source?: string): CustomResourceOutcome {
	const findings: DocumentFinding[] = [];
	const definitions = new Map<string, CrdDefinition>();
	for (const object of objects) {
		if (!isCrd(object)) continue;
		const crd = readCrd(object, findings);
		if (crd && !definitions.has(`${crd.group} ${crd.kind}`)) definitions.set(`${crd.group} ${crd.kind}`, crd);
	}
	const checkedDocuments = new Set<number>();
	const celSkippedDocuments = new Set<number>();
	if (definitions.size === 0) return { findings, checkedDocuments, celSkippedDocuments };

	for (const object of objects) {
		if (object.typeId || object.componentConfig || object.kustomization || !object.apiVersion || !object.kind) continue;
		const crd = definitions.get(`${groupOf(object.apiVersion)} ${object.kind}`);
		if (!crd) continue;
		const versionName = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
		const version = crd.versions.find((v) => v.name === versionName);
		const apiVersionField = field(object.node, 'apiVersion')!;
		if (!version || !version.served) {
			const served = crd.versions.filter((v) => v.served).map((v) => `${crd.group}/${v.name}`);
			findings.push({
				rule: 'crd/version-not-served',
				message: message('crd/version-not-served', {
					kind: object.kind,
					apiVersion: object.apiVersion,
					hasVersion: !!version,
					hasServedCount: !!served.length,
					served,
				}),
				...rangeOf(apiVersionField.locator),
				path: formatPath([...object.path, 'apiVersion']),
				document: object.document,
			});
			continue;
		}
		if (!version.schema) continue; // the CRD's own error says why
		const check: InstanceCheck = {
			findings,
			document: object.document,
			celSkipped: 0,
			what: object.kind,
			source,
			ignoredRootFields: version.statusSubresource ? STATUS : undefined,
			rules: {
				unknownField: 'crd/unknown-field',
				typeMismatch: 'crd/type-mismatch',
				required: 'crd/missing-required',
				invalidValue: 'crd/invalid-value',
				cel: 'crd/cel-rule',
				celSkipped: 'crd/cel-not-evaluated',
				celTransition: 'crd/cel-transition-rule',
			},
		};
		checkInstance(version.schema, object.node, object.path, check, 'object');
		checkedDocuments.add(object.document);
		if (check.celSkipped > 0) celSkippedDocuments.add(object.document);
	}
	return { findings, checkedDocuments, celSkippedDocuments };
}
