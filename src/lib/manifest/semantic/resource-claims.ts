// Dynamic resource allocation in the Pod spec as kube-apiserver validates it
// (pkg/apis/core/validation/validation.go): spec.resourceClaims (validatePodResourceClaims) and each
// container's resources.claims (validateResourceClaimNames). Both fields depend on the
// DynamicResourceAllocation feature gate, GA and on by default since 1.34; before that the server drops them.
import type { Node } from 'yaml';
import { podTemplateOf } from '../pod-templates.ts';
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { LocalizedText } from '../types.ts';
import { asMap, field, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { STATEFULSET_NOTE } from './pod-spec.ts';
import { isDNS1123Label, isDNS1123Subdomain, k8sMinor, nameProblem } from './values.ts';

const V = 'pkg/apis/core/validation/validation.go';
const GATE = text(' (DynamicResourceAllocation feature gate, on by default since 1.34.)', '（DynamicResourceAllocation 特性门控，自 1.34 起默认启用。）');

export const rules: RuleInfo[] = [
	semanticRule('semantic/pod-resource-claim', 'error', ['Invalid Pod resource claim', 'Pod 资源申领无效'], [
		'Each entry of spec.resourceClaims has a unique name that is a DNS-1123 label and exactly one of resourceClaimName or resourceClaimTemplateName, an object name (DNS-1123 subdomain). Depends on the DynamicResourceAllocation feature gate, on by default since 1.34.',
		'spec.resourceClaims 的每个条目都要有唯一的、符合 DNS-1123 标签的 name，并且必须且只能指定 resourceClaimName 或 resourceClaimTemplateName 之一，其值是对象名称（DNS-1123 子域名）。依赖 DynamicResourceAllocation 特性门控，自 1.34 起默认启用。',
	], `${V} validatePodResourceClaims, validatePodResourceClaim`),
	semanticRule('semantic/container-resource-claim', 'error', ['Container claim not in the Pod', '容器申领不在 Pod 中'], [
		'A container\'s resources.claims names an entry of spec.resourceClaims, once (per request); a request, when set, is a DNS-1123 label. Depends on the DynamicResourceAllocation feature gate, on by default since 1.34.',
		'容器的 resources.claims 必须引用 spec.resourceClaims 中的条目，且（按 request 区分）只能引用一次；若设置了 request，它必须是 DNS-1123 标签。依赖 DynamicResourceAllocation 特性门控，自 1.34 起默认启用。',
	], `${V} validateResourceClaimNames (from ValidateContainerResourceRequirements)`),
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
	const note = object.kind === 'StatefulSet' ? STATEFULSET_NOTE : text('', '');
	const report = (rule: string, message: LocalizedText, at: Node, path: PathSegment[]) => context.report(rule, text(message.en + GATE.en + note.en, message.zh + GATE.zh + note.zh), at, path);
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
		if (nameField && name === '') report('semantic/pod-resource-claim', text('A resource claim needs a name.', '资源申领需要 name。'), nameField.locator, [...path, 'name']);
		else if (name !== undefined && seen.has(name)) report('semantic/pod-resource-claim', text(`Resource claim name "${name}" is used twice.`, `资源申领名称“${name}”重复使用。`), nameField!.locator, [...path, 'name']);
		else if (name !== undefined) {
			if (!isDNS1123Label(name)) report('semantic/pod-resource-claim', text(`Resource claim name "${name}" is invalid: it ${nameProblem(name, 'dns1123-label')!.en}.`, `资源申领名称“${name}”无效：${nameProblem(name, 'dns1123-label')!.zh}。`), nameField!.locator, [...path, 'name']);
			seen.add(name);
		}
		const claimName = present(claim, 'resourceClaimName');
		const templateName = present(claim, 'resourceClaimTemplateName');
		if (claimName && templateName) {
			report('semantic/pod-resource-claim', text('Set only one of resourceClaimName and resourceClaimTemplateName.', 'resourceClaimName 与 resourceClaimTemplateName 只能设置其一。'), templateName.key, [...path, 'resourceClaimTemplateName']);
		} else if (!claimName && !templateName) {
			report('semantic/pod-resource-claim', text('A resource claim must name a resourceClaimName or a resourceClaimTemplateName.', '资源申领必须指定 resourceClaimName 或 resourceClaimTemplateName。'), nameField?.key ?? (asMap(claim)!.items[0]?.key as Node | undefined) ?? claim, path);
		}
		for (const [key, ref] of [['resourceClaimName', claimName], ['resourceClaimTemplateName', templateName]] as const) {
			const value = ref ? stringValue(ref.node) : undefined;
			if (value !== undefined && !isDNS1123Subdomain(value)) {
				const problem = value === '' ? text('must not be empty', '不能为空') : nameProblem(value, 'dns1123-subdomain')!;
				report('semantic/pod-resource-claim', text(`${key} "${value}" is not a valid object name: it ${problem.en}.`, `${key}“${value}”不是有效的对象名称：${problem.zh}。`), ref!.node, [...path, key]);
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
				if (request !== '' && !isDNS1123Label(request)) report('semantic/container-resource-claim', text(`request "${request}" is invalid: it ${nameProblem(request, 'dns1123-label')!.en}.`, `request“${request}”无效：${nameProblem(request, 'dns1123-label')!.zh}。`), requestField!.locator, [...path, j, 'request']);
				if (name === undefined) return;
				if (name === '') {
					report('semantic/container-resource-claim', text('A container claim needs the name of an entry of spec.resourceClaims.', '容器申领需要给出 spec.resourceClaims 中某个条目的名称。'), nameField!.locator, [...path, j, 'name']);
					return;
				}
				const key = request ? `${name}/${request}` : name;
				if (keys.has(key)) report('semantic/container-resource-claim', text(`Claim "${key}" is listed twice in this container.`, `申领“${key}”在该容器中重复列出。`), nameField!.locator, [...path, j, 'name']);
				keys.add(key);
				if (!podClaimNames.has(name)) {
					report(
						'semantic/container-resource-claim',
						listed.length
							? text(`Claim "${name}" is not in spec.resourceClaims; it must be one of ${listed.join(', ')}.`, `申领“${name}”不在 spec.resourceClaims 中；必须是 ${listed.join('、')} 之一。`)
							: text(`Claim "${name}" is not in spec.resourceClaims, which is empty; declare the claim there first.`, `申领“${name}”不在 spec.resourceClaims 中（该列表为空）；请先在那里声明该申领。`),
						nameField!.locator,
						[...path, j, 'name'],
					);
				}
			});
		});
	}
}

const POD_BEARERS = ['/Pod', '/PodTemplate', '/ReplicationController', 'apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job', 'batch/CronJob'];

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_BEARERS.map((key) => [key, validateResourceClaims]));
