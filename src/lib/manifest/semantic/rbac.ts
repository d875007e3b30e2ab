// rbac.authorization.k8s.io, as kube-apiserver validates it (pkg/apis/rbac/validation/validation.go), after
// the v1 defaults (pkg/apis/rbac/v1/defaults.go: an empty roleRef.apiGroup, and an empty apiGroup of a User or
// Group subject, become rbac.authorization.k8s.io).
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, elements, isEmpty, pathSegmentProblem, reportAt, reportKey, rootLoc, sizeOf, str, DNS1123_SUBDOMAIN_TEXT } from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Subdomain } from './values.ts';

const FILE = 'pkg/apis/rbac/validation/validation.go';
const GROUP = 'rbac.authorization.k8s.io';

export const rules: RuleInfo[] = [
	semanticRule('semantic/rbac-rule-verbs', 'error', ['Rule without verbs', '规则没有 verbs'], [
		'Every rule of a Role or ClusterRole needs at least one verb (get, list, watch, create, update, patch, delete, or "*").',
		'Role 或 ClusterRole 的每条规则至少需要一个动词（get、list、watch、create、update、patch、delete 或“*”）。',
	], `${FILE} validatePolicyRule`),
	semanticRule('semantic/rbac-rule-resources', 'error', ['Incomplete or mixed rule', '规则不完整或混用'], [
		'A rule is either about resources (apiGroups and resources, both non-empty; "" is the core group) or about nonResourceURLs (ClusterRole only), never both. resourceNames may only be used with a single resource.',
		'一条规则要么针对资源（apiGroups 和 resources 都不能为空；"" 表示核心组），要么针对 nonResourceURLs（仅限 ClusterRole），不能两者兼有。resourceNames 只能与单个资源一起使用。',
	], `${FILE} validatePolicyRule`),
	semanticRule('semantic/rbac-role-ref', 'error', ['Invalid roleRef', 'roleRef 无效'], [
		'roleRef names a Role or ClusterRole (a ClusterRoleBinding can only refer to a ClusterRole) in the rbac.authorization.k8s.io API group.',
		'roleRef 引用 rbac.authorization.k8s.io API 组中的 Role 或 ClusterRole（ClusterRoleBinding 只能引用 ClusterRole）。',
	], `${FILE} ValidateRoleBinding`),
	semanticRule('semantic/rbac-subject', 'error', ['Invalid subject', 'subject 无效'], [
		'A subject is a ServiceAccount (apiGroup "", a valid name, and a namespace in a ClusterRoleBinding), a User or a Group (apiGroup rbac.authorization.k8s.io); every subject needs a name.',
		'subject 可以是 ServiceAccount（apiGroup 为 ""、名称合法，在 ClusterRoleBinding 中还要有 namespace）、User 或 Group（apiGroup 为 rbac.authorization.k8s.io）；每个 subject 都需要名称。',
	], `${FILE} validateRoleBindingSubject`),
];

function validateRules(context: SemanticContext, namespaced: boolean): void {
	for (const rule of elements(child(rootLoc(context), 'rules'))) {
		const verbs = child(rule, 'verbs');
		if (verbs.present && isEmpty(verbs)) {
			reportAt(context, 'semantic/rbac-rule-verbs', text('verbs must contain at least one value, e.g. [get, list, watch].', 'verbs 至少需要一个值，例如 [get, list, watch]。'), verbs);
		}
		const r = 'semantic/rbac-rule-resources';
		const urls = child(rule, 'nonResourceURLs');
		const groups = child(rule, 'apiGroups');
		const resources = child(rule, 'resources');
		const names = child(rule, 'resourceNames');
		if (sizeOf(urls) > 0) {
			if (namespaced) reportKey(context, r, text('A Role is namespaced, so its rules cannot apply to nonResourceURLs: use a ClusterRole.', 'Role 属于命名空间，其规则不能用于 nonResourceURLs：请使用 ClusterRole。'), urls);
			if (sizeOf(groups) > 0 || sizeOf(resources) > 0 || sizeOf(names) > 0) {
				reportKey(context, r, text('A rule cannot apply to both resources (apiGroups, resources, resourceNames) and nonResourceURLs: split it into two rules.', '一条规则不能同时针对资源（apiGroups、resources、resourceNames）和 nonResourceURLs：请拆成两条规则。'), urls);
			}
			continue;
		}
		if (isEmpty(groups)) {
			context.report(r, text('This resource rule has no apiGroups: list at least one ("" for the core group, e.g. apiGroups: [""] for Pods).', '这条资源规则没有 apiGroups：至少列出一个（核心组写 ""，例如 Pod 用 apiGroups: [""]）。'), groups.at ?? groups.key ?? verbs.key ?? rule.at, groups.path);
		}
		if (isEmpty(resources)) {
			context.report(r, text('This resource rule has no resources: list at least one (e.g. pods) or "*".', '这条资源规则没有 resources：至少列出一个（例如 pods）或“*”。'), resources.at ?? resources.key ?? verbs.key ?? rule.at, resources.path);
		}
		if (sizeOf(names) > 0 && sizeOf(resources) > 1) {
			reportKey(context, r, text('resourceNames cannot apply to multiple resources: use one resource per rule with resourceNames.', 'resourceNames 不能用于多个资源：使用 resourceNames 的规则只能有一个资源。'), names);
		}
	}
}

function validateBinding(context: SemanticContext, namespaced: boolean): void {
	const root = rootLoc(context);
	const roleRef = child(root, 'roleRef');
	if (roleRef.present) {
		const r = 'semantic/rbac-role-ref';
		const groupLoc = child(roleRef, 'apiGroup');
		const group = str(groupLoc) || GROUP;
		if (group !== GROUP) reportAt(context, r, text(`roleRef.apiGroup "${group}" is not supported: it must be ${GROUP}.`, `不支持 roleRef.apiGroup“${group}”：必须是 ${GROUP}。`), groupLoc);
		const kindLoc = child(roleRef, 'kind');
		const kind = str(kindLoc);
		const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
		if (kind !== undefined && !kinds.includes(kind)) {
			reportAt(context, r, text(`roleRef.kind "${kind}" is not supported here: use ${kinds.join(' or ')}${!namespaced && kind === 'Role' ? ' (a ClusterRoleBinding cannot grant a namespaced Role; use a RoleBinding)' : ''}.`, `此处不支持 roleRef.kind“${kind}”：请使用 ${kinds.join(' 或 ')}${!namespaced && kind === 'Role' ? '（ClusterRoleBinding 不能授予命名空间内的 Role；请使用 RoleBinding）' : ''}。`), kindLoc);
		}
		const nameLoc = child(roleRef, 'name');
		const name = str(nameLoc);
		if (name === '') reportAt(context, r, text('roleRef.name is required: the name of the Role or ClusterRole to grant.', 'roleRef.name 为必填项：要授予的 Role 或 ClusterRole 的名称。'), nameLoc);
		else if (name !== undefined) {
			const problem = pathSegmentProblem(name);
			if (problem) reportAt(context, r, text(`roleRef.name "${name}" is invalid: it ${problem.en}.`, `roleRef.name“${name}”无效：${problem.zh}。`), nameLoc);
		}
	}
	for (const subject of elements(child(root, 'subjects'))) validateSubject(context, subject, namespaced);
}

function validateSubject(context: SemanticContext, subject: Loc, namespaced: boolean): void {
	const r = 'semantic/rbac-subject';
	const nameLoc = child(subject, 'name');
	const name = str(nameLoc);
	if (name === '') reportAt(context, r, text('Subject name is required.', 'subject 的 name 为必填项。'), nameLoc);
	const kindLoc = child(subject, 'kind');
	const kind = str(kindLoc);
	const groupLoc = child(subject, 'apiGroup');
	const group = str(groupLoc) ?? '';
	switch (kind) {
		case 'ServiceAccount':
			if (name && !isDNS1123Subdomain(name)) reportAt(context, r, text(`ServiceAccount name "${name}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `ServiceAccount 名称“${name}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), nameLoc);
			if (group !== '') reportAt(context, r, text(`A ServiceAccount subject's apiGroup must be "" (the core group), not "${group}".`, `ServiceAccount 类型 subject 的 apiGroup 必须为 ""（核心组），而不是“${group}”。`), groupLoc);
			if (!namespaced && !str(child(subject, 'namespace'))) {
				context.report(r, text('A ServiceAccount subject of a ClusterRoleBinding needs a namespace: the binding itself has none.', 'ClusterRoleBinding 中的 ServiceAccount 类型 subject 需要 namespace：绑定本身没有命名空间。'), child(subject, 'namespace').at ?? kindLoc.at ?? subject.at, [...subject.path, 'namespace']);
			}
			break;
		case 'User':
		case 'Group':
			if (group !== '' && group !== GROUP) reportAt(context, r, text(`A ${kind} subject's apiGroup must be ${GROUP}, not "${group}".`, `${kind} 类型 subject 的 apiGroup 必须是 ${GROUP}，而不是“${group}”。`), groupLoc);
			break;
		case undefined:
			break;
		default:
			reportAt(context, r, text(`Subject kind "${kind}" is not supported: use ServiceAccount, User or Group.`, `不支持 subject 类型“${kind}”：请使用 ServiceAccount、User 或 Group。`), kindLoc);
	}
}

export const validators: Record<string, SemanticValidator> = {
	[`${GROUP}/Role`]: (context) => validateRules(context, true),
	[`${GROUP}/ClusterRole`]: (context) => validateRules(context, false),
	[`${GROUP}/RoleBinding`]: (context) => validateBinding(context, true),
	[`${GROUP}/ClusterRoleBinding`]: (context) => validateBinding(context, false),
};
