// RBAC as kube-apiserver validates it (pkg/apis/rbac/validation/validation.go), after the v1 defaults.
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';

const roles = yaml`
	apiVersion: rbac.authorization.k8s.io/v1
	kind: Role
	metadata: { name: r, namespace: ns }
	rules:
	  - verbs: []
	    apiGroups: [""]
	    resources: [pods]
	  - verbs: [get]
	    nonResourceURLs: [/healthz]
	  - verbs: [get]
	    resources: [pods]
	  - verbs: [get]
	    apiGroups: [""]
	    resources: [pods, services]
	    resourceNames: [a]
	---
	apiVersion: rbac.authorization.k8s.io/v1
	kind: ClusterRoleBinding
	metadata: { name: b }
	roleRef: { apiGroup: rbac.authorization.k8s.io/v1, kind: Role, name: view }
	subjects:
	  - { kind: ServiceAccount, name: default }
	  - { kind: User, name: alice, apiGroup: "" }
	  - { kind: user, name: bob }
	  - { kind: ServiceAccount, name: ci, namespace: build, apiGroup: v1 }
`;

describe('semantic: RBAC', () => {
	it('requires verbs', () => {
		expect(located(roles, 'semantic/rbac-rule-verbs')).toEqual([{ line: 5, column: 12, endLine: 5, endColumn: 14, path: 'rules[0].verbs' }]);
	});

	it('keeps resource rules complete and apart from nonResourceURLs, which a Role may not use', () => {
		expect(located(roles, 'semantic/rbac-rule-resources')).toEqual([
			{ line: 9, column: 5, endLine: 9, endColumn: 20, path: 'rules[1].nonResourceURLs' },
			{ line: 10, column: 5, endLine: 10, endColumn: 10, path: 'rules[2].apiGroups' },
			{ line: 15, column: 5, endLine: 15, endColumn: 18, path: 'rules[3].resourceNames' },
		]);
		const clusterRole =
			'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: c }\nrules:\n  - { verbs: [get], nonResourceURLs: ["/healthz", "/metrics"] }\n  - { verbs: [get], nonResourceURLs: ["/api"], resources: [pods] }\n';
		expect(located(clusterRole, 'semantic/rbac-rule-resources')).toEqual([{ line: 6, column: 21, endLine: 6, endColumn: 36, path: 'rules[1].nonResourceURLs' }]);
	});

	it('checks roleRef: the rbac group (defaulted when empty) and a kind the binding may use', () => {
		expect(located(roles, 'semantic/rbac-role-ref')).toEqual([
			{ line: 20, column: 22, endLine: 20, endColumn: 50, path: 'roleRef.apiGroup' },
			{ line: 20, column: 58, endLine: 20, endColumn: 62, path: 'roleRef.kind' },
		]);
		const binding =
			'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: b, namespace: ns }\nroleRef: { kind: Role, name: view }\nsubjects: [{ kind: ServiceAccount, name: default }]\n';
		expect(lint(binding).filter((d) => d.rule.startsWith('semantic/'))).toEqual([]);
	});

	it('checks subjects: kinds, apiGroups and the namespace a ClusterRoleBinding needs', () => {
		expect(located(roles, 'semantic/rbac-subject')).toEqual([
			{ line: 22, column: 13, endLine: 22, endColumn: 27, path: 'subjects[0].namespace' },
			{ line: 24, column: 13, endLine: 24, endColumn: 17, path: 'subjects[2].kind' },
			{ line: 25, column: 67, endLine: 25, endColumn: 69, path: 'subjects[3].apiGroup' },
		]);
	});

	it('accepts the usual RBAC objects', () => {
		const text = yaml`
			apiVersion: rbac.authorization.k8s.io/v1
			kind: ClusterRole
			metadata: { name: reader }
			rules:
			  - { apiGroups: ["", apps], resources: [pods, deployments], verbs: [get, list, watch] }
			  - { apiGroups: [""], resources: [configmaps], resourceNames: [settings], verbs: [get] }
			  - { nonResourceURLs: ["/healthz", "/healthz/*"], verbs: [get] }
			---
			apiVersion: rbac.authorization.k8s.io/v1
			kind: ClusterRoleBinding
			metadata: { name: reader }
			roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader }
			subjects:
			  - { kind: ServiceAccount, name: default, namespace: web }
			  - { kind: Group, name: "system:authenticated" }
			  - { kind: User, name: "alice@example.com", apiGroup: rbac.authorization.k8s.io }
		`;
		expect(lint(text).filter((d) => d.severity === 'error')).toEqual([]);
	});
});
