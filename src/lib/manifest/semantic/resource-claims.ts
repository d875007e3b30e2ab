// Dynamic resource allocation in the Pod spec as kube-apiserver validates it
// (pkg/apis/core/validation/validation.go): spec.resourceClaims (validatePodResourceClaims) and each
// container's resources.claims (validateResourceClaimNames). Both fields depend on the
// DynamicResourceAllocation feature gate, GA and on by default since 1.34; before that the server drops them.
import type { Node } from 'yaml';
import { POD_BEARERS, podTemplateOf } from '../pod-templates.ts';
import { asMap, field, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { STATEFULSET_NOTE } from './pod-spec.ts';
import { isDNS1123Label, isDNS1123Subdomain, k8sMinor, nameProblem } from './values.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';
import type { RuleId } from '../rule-catalogue.ts';

const V = 'pkg/apis/core/validation/validation.go';
const GATE = toMessage('fragment/gate');

export const rules = [
	semanticRule('semantic/pod-resource-claim', 'error', `${V} validatePodResourceClaims, validatePodResourceClaim`),
	semanticRule('semantic/container-resource-claim', 'error', `${V} validateResourceClaimNames (from ValidateContainerResourceRequirements)`),
];

function present(holder: Node | undefined, name: string): { node: Node; key: Node } | undefined {
	const f = field(holder, name);
	return f && f.value !== undefined && scalarValue(f.value) !== null ? { node: f.locator, key: f.key } : undefined;
}

function validateResourceClaims(context: SemanticContext): void {
	if (k8sMinor(context.k8sVersion) < 34) return; // the gate was off by default before 1.34: the fields are dropped
	const { object } = context;
	const template = podTemplateOf(object.kind, object.node);
	if (!template || !asMap(template.spec)) return;
	const note = object.kind === 'StatefulSet' ? STATEFULSET_NOTE : toMessage('fragment/note');
	const report = (rule: RuleId, message: ManifestMessage, at: Node, path: PathSegment[]) =>
		context.report(rule, toMessage('fragment/with-note', { message: toMessage('fragment/with-note', { message, note: GATE }), note }), at, path);
	const claimsPath = [...template.specPath, 'resourceClaims'];
	const claims = items(field(template.spec, 'resourceClaims')?.value);
	// gatherPodResourceClaimNames: every non-empty name, valid or not.
	const podClaimNames = new Set<string>();
	for (const claim of claims) {
		const name = stringValue(field(claim, 'name')?.value);
		if (name) podClaimNames.add(name);
	}
	const seen = new Set<string>();
	claims.forEach((claim, index) => {
		if (!asMap(claim)) return;
		const path = [...claimsPath, index];
		const nameField = field(claim, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name === '') report('semantic/pod-resource-claim', toMessage('semantic/pod-resource-claim'), nameField.locator, [...path, 'name']);
		else if (name !== undefined && seen.has(name))
			report('semantic/pod-resource-claim', toMessage('semantic/pod-resource-claim:resource-claim-name-is-used', { name }), nameField!.locator, [...path, 'name']);
		else if (name !== undefined) {
			if (!isDNS1123Label(name))
				report(
					'semantic/pod-resource-claim',
					toMessage('semantic/pod-resource-claim:resource-claim-name-is-invalid', { name, nameProblem: nameProblem(name, 'dns1123-label')! }),
					nameField!.locator,
					[...path, 'name'],
				);
			seen.add(name);
		}
		const claimName = present(claim, 'resourceClaimName');
		const templateName = present(claim, 'resourceClaimTemplateName');
		if (claimName && templateName) {
			report('semantic/pod-resource-claim', toMessage('semantic/pod-resource-claim:set-only-one-of-resource-claim-name'), templateName.key, [
				...path,
				'resourceClaimTemplateName',
			]);
		} else if (!claimName && !templateName) {
			report(
				'semantic/pod-resource-claim',
				toMessage('semantic/pod-resource-claim:a-resource-claim-must-name'),
				nameField?.key ?? (asMap(claim)!.items[0]?.key as Node | undefined) ?? claim,
				path,
			);
		}
		for (const [key, ref] of [
			['resourceClaimName', claimName],
			['resourceClaimTemplateName', templateName],
		] as const) {
			const value = ref ? stringValue(ref.node) : undefined;
			if (value !== undefined && !isDNS1123Subdomain(value)) {
				const problem = value === '' ? toMessage('fragment/problem:must-not-be-empty') : nameProblem(value, 'dns1123-subdomain')!;
				report('semantic/pod-resource-claim', toMessage('semantic/pod-resource-claim:is-not-a-valid-object', { key, value, problem }), ref!.node, [...path, key]);
			}
		}
	});
	const listed = [...podClaimNames].sort();
	for (const list of ['initContainers', 'containers']) {
		items(field(template.spec, list)?.value).forEach((container, index) => {
			const path = [...template.specPath, list, index, 'resources', 'claims'];
			const keys = new Set<string>();
			items(field(field(container, 'resources')?.value, 'claims')?.value).forEach((ref, j) => {
				const nameField = field(ref, 'name');
				const name = stringValue(nameField?.value);
				const requestField = field(ref, 'request');
				const request = stringValue(requestField?.value) ?? '';
				if (request !== '' && !isDNS1123Label(request))
					report(
						'semantic/container-resource-claim',
						toMessage('semantic/container-resource-claim', { request, nameProblem: nameProblem(request, 'dns1123-label')! }),
						requestField!.locator,
						[...path, j, 'request'],
					);
				if (name === undefined) return;
				if (name === '') {
					report('semantic/container-resource-claim', toMessage('semantic/container-resource-claim:a-container-claim-needs-the'), nameField!.locator, [...path, j, 'name']);
					return;
				}
				const key = request ? `${name}/${request}` : name;
				if (keys.has(key))
					report('semantic/container-resource-claim', toMessage('semantic/container-resource-claim:claim-is-listed-twice-in', { key }), nameField!.locator, [
						...path,
						j,
						'name',
					]);
				keys.add(key);
				if (!podClaimNames.has(name)) {
					report(
						'semantic/container-resource-claim',
						listed.length
							? toMessage('semantic/container-resource-claim:claim-is-not-in-spec-resource-claims', { name, listed })
							: toMessage('semantic/container-resource-claim:claim-is-not-in-spec-resource-claims-2', { name }),
						nameField!.locator,
						[...path, j, 'name'],
					);
				}
			});
		});
	}
}

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_BEARERS.map((key) => [key, validateResourceClaims]));
