// 简体中文 words of src/lib/manifest/semantic/rbac.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/rbac.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/rbac-rule-verbs': () => `verbs 至少需要一个值，例如 [get, list, watch]。`,
	'semantic/rbac-rule-resources': () => `Role 属于命名空间，其规则不能用于 nonResourceURLs：请使用 ClusterRole。`,
	'semantic/rbac-rule-resources:a-rule-cannot-apply-to': () => `一条规则不能同时针对资源（apiGroups、resources、resourceNames）和 nonResourceURLs：请拆成两条规则。`,
	'semantic/rbac-rule-resources:this-resource-rule-has-no': () => `这条资源规则没有 apiGroups：至少列出一个（核心组写 ""，例如 Pod 用 apiGroups: [""]）。`,
	'semantic/rbac-rule-resources:this-resource-rule-has-no-2': () => `这条资源规则没有 resources：至少列出一个（例如 pods）或“*”。`,
	'semantic/rbac-rule-resources:resource-names-cannot-apply-to-multiple': () => `resourceNames 不能用于多个资源：使用 resourceNames 的规则只能有一个资源。`,
	'semantic/rbac-role-ref': (p) => `不支持 roleRef.apiGroup“${p.group}”：必须是 ${p.GROUP}。`,
	'semantic/rbac-role-ref:role-ref-kind-is-not-supported-here': (p) =>
		`此处不支持 roleRef.kind“${p.kind}”：请使用 ${p.kinds.join(' 或 ')}${p.clusterBindingOfRole ? `（ClusterRoleBinding 不能授予命名空间内的 Role；请使用 RoleBinding）` : ``}。`,
	'semantic/rbac-role-ref:role-ref-name-is-required-the-name': () => `roleRef.name 为必填项：要授予的 Role 或 ClusterRole 的名称。`,
	'semantic/rbac-role-ref:role-ref-name-is-invalid-it': (p) => `roleRef.name“${p.name}”无效：${p.problem}。`,
	'semantic/rbac-subject': () => `subject 的 name 为必填项。`,
	'semantic/rbac-subject:service-account-name-is-invalid-it': (p) => `ServiceAccount 名称“${p.name}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/rbac-subject:a-service-account-subject-s-api-group-mu': (p) => `ServiceAccount 类型 subject 的 apiGroup 必须为 ""（核心组），而不是“${p.group}”。`,
	'semantic/rbac-subject:a-service-account-subject-of-a': () => `ClusterRoleBinding 中的 ServiceAccount 类型 subject 需要 namespace：绑定本身没有命名空间。`,
	'semantic/rbac-subject:a-subject-s-api-group-must-be': (p) => `${p.kind} 类型 subject 的 apiGroup 必须是 ${p.GROUP}，而不是“${p.group}”。`,
	'semantic/rbac-subject:subject-kind-is-not-supported': (p) => `不支持 subject 类型“${p.kind}”：请使用 ServiceAccount、User 或 Group。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/rbac-rule-verbs': {
		title: '规则没有 verbs',
		explanation: 'Role 或 ClusterRole 的每条规则至少需要一个动词（get、list、watch、create、update、patch、delete 或“*”）。',
	},
	'semantic/rbac-rule-resources': {
		title: '规则不完整或混用',
		explanation:
			'一条规则要么针对资源（apiGroups 和 resources 都不能为空；"" 表示核心组），要么针对 nonResourceURLs（仅限 ClusterRole），不能两者兼有。resourceNames 只能与单个资源一起使用。',
	},
	'semantic/rbac-role-ref': {
		title: 'roleRef 无效',
		explanation: 'roleRef 引用 rbac.authorization.k8s.io API 组中的 Role 或 ClusterRole（ClusterRoleBinding 只能引用 ClusterRole）。',
	},
	'semantic/rbac-subject': {
		title: 'subject 无效',
		explanation:
			'subject 可以是 ServiceAccount（apiGroup 为 ""、名称合法，在 ClusterRoleBinding 中还要有 namespace）、User 或 Group（apiGroup 为 rbac.authorization.k8s.io）；每个 subject 都需要名称。',
	},
};
