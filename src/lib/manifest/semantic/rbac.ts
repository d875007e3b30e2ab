// rbac.authorization.k8s.io, as kube-apiserver validates it (pkg/apis/rbac/validation/validation.go), after
// the v1 defaults (pkg/apis/rbac/v1/defaults.go: an empty roleRef.apiGroup, and an empty apiGroup of a User or
// Group subject, become rbac.authorization.k8s.io).
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, elements, isEmpty, pathSegmentProblem, reportAt, reportKey, rootLoc, sizeOf, str, DNS1123_SUBDOMAIN_TEXT } from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Subdomain } from './values.ts';
import { message } from '../message.ts';

const FILE = 'pkg/apis/rbac/validation/validation.go';
const GROUP = 'rbac.authorization.k8s.io';

export const rules = [
	semanticRule('semantic/rbac-rule-verbs', 'error', `${FILE} validatePolicyRule`),
	semanticRule('semantic/rbac-rule-resources', 'error', `${FILE} validatePolicyRule`),
	semanticRule('semantic/rbac-role-ref', 'error', `${FILE} ValidateRoleBinding`),
	semanticRule('semantic/rbac-subject', 'error', `${FILE} validateRoleBindingSubject`),
];

function validateRules(context: SemanticContext, namespaced: boolean): void {
	for (const rule of elements(child(rootLoc(context), 'rules'))) {
		const verbs = child(rule, 'verbs');
		if (verbs.present && isEmpty(verbs)) {
			reportAt(context, 'semantic/rbac-rule-verbs', message('semantic/rbac-rule-verbs'), verbs);
		}
		const r = 'semantic/rbac-rule-resources';
		const urls = child(rule, 'nonResourceURLs');
		const groups = child(rule, 'apiGroups');
		const resources = child(rule, 'resources');
		const names = child(rule, 'resourceNames');
		if (sizeOf(urls) > 0) {
			if (namespaced) reportKey(context, r, message('semantic/rbac-rule-resources'), urls);
			if (sizeOf(groups) > 0 || sizeOf(resources) > 0 || sizeOf(names) > 0) {
				reportKey(context, r, message('semantic/rbac-rule-resources:a-rule-cannot-apply-to'), urls);
			}
			continue;
		}
		if (isEmpty(groups)) {
			context.report(r, message('semantic/rbac-rule-resources:this-resource-rule-has-no'), groups.at ?? groups.key ?? verbs.key ?? rule.at, groups.path);
		}
		if (isEmpty(resources)) {
			context.report(r, message('semantic/rbac-rule-resources:this-resource-rule-has-no-2'), resources.at ?? resources.key ?? verbs.key ?? rule.at, resources.path);
		}
		if (sizeOf(names) > 0 && sizeOf(resources) > 1) {
			reportKey(context, r, message('semantic/rbac-rule-resources:resource-names-cannot-apply-to-multiple'), names);
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
		if (group !== GROUP) reportAt(context, r, message('semantic/rbac-role-ref', { group, GROUP }), groupLoc);
		const kindLoc = child(roleRef, 'kind');
		const kind = str(kindLoc);
		const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
		if (kind !== undefined && !kinds.includes(kind)) {
			reportAt(
				context,
				r,
				message('semantic/rbac-role-ref:role-ref-kind-is-not-supported-here', { kind, kinds, clusterBindingOfRole: !namespaced && kind === 'Role' }),
				kindLoc,
			);
		}
		const nameLoc = child(roleRef, 'name');
		const name = str(nameLoc);
		if (name === '') reportAt(context, r, message('semantic/rbac-role-ref:role-ref-name-is-required-the-name'), nameLoc);
		else if (name !== undefined) {
			const problem = pathSegmentProblem(name);
			if (problem) reportAt(context, r, message('semantic/rbac-role-ref:role-ref-name-is-invalid-it', { name, problem }), nameLoc);
		}
	}
	for (const subject of elements(child(root, 'subjects'))) validateSubject(context, subject, namespaced);
}

function validateSubject(context: SemanticContext, subject: Loc, namespaced: boolean): void {
	const r = 'semantic/rbac-subject';
	const nameLoc = child(subject, 'name');
	const name = str(nameLoc);
	if (name === '') reportAt(context, r, message('semantic/rbac-subject'), nameLoc);
	const kindLoc = child(subject, 'kind');
	const kind = str(kindLoc);
	const groupLoc = child(subject, 'apiGroup');
	const group = str(groupLoc) ?? '';
	switch (kind) {
		case 'ServiceAccount':
			if (name && !isDNS1123Subdomain(name))
				reportAt(context, r, message('semantic/rbac-subject:service-account-name-is-invalid-it', { name, DNS1123_SUBDOMAIN_TEXT }), nameLoc);
			if (group !== '') reportAt(context, r, message('semantic/rbac-subject:a-service-account-subject-s-api-group-mu', { group }), groupLoc);
			if (!namespaced && !str(child(subject, 'namespace'))) {
				context.report(r, message('semantic/rbac-subject:a-service-account-subject-of-a'), child(subject, 'namespace').at ?? kindLoc.at ?? subject.at, [
					...subject.path,
					'namespace',
				]);
			}
			break;
		case 'User':
		case 'Group':
			if (group !== '' && group !== GROUP) reportAt(context, r, message('semantic/rbac-subject:a-subject-s-api-group-must-be', { kind, GROUP, group }), groupLoc);
			break;
		case undefined:
			break;
		default:
			reportAt(context, r, message('semantic/rbac-subject:subject-kind-is-not-supported', { kind }), kindLoc);
	}
}

export const validators: Record<string, SemanticValidator> = {
	[`${GROUP}/Role`]: (context) => validateRules(context, true),
	[`${GROUP}/ClusterRole`]: (context) => validateRules(context, false),
	[`${GROUP}/RoleBinding`]: (context) => validateBinding(context, true),
	[`${GROUP}/ClusterRoleBinding`]: (context) => validateBinding(context, false),
};
