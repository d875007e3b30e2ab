// Tricky but valid objects of the Service, networking, autoscaling, policy, RBAC, config and storage
// groups: none may get an error. Also: List items are located in the list, JSON and CRLF input read the
// same, and a value of the wrong type is left to the schema layer (no second, semantic finding).
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';

const items = yaml`
	apiVersion: v1
	kind: List
	items:
	  - apiVersion: v1
	    kind: Service
	    metadata: { name: web }
	    spec:
	      selector: { app.kubernetes.io/name: web }
	      ports: [{ name: http, port: 80, targetPort: http }, { name: https, port: 443, targetPort: 8443, appProtocol: kubernetes.io/h2c }]
	  - apiVersion: v1
	    kind: Service
	    metadata: { name: np }
	    spec:
	      type: NodePort
	      externalTrafficPolicy: Local
	      internalTrafficPolicy: Local
	      ipFamilyPolicy: RequireDualStack
	      ipFamilies: [IPv4, IPv6]
	      ports: [{ port: 8080, nodePort: 30080, protocol: SCTP }]
	  - apiVersion: networking.k8s.io/v1
	    kind: Ingress
	    metadata: { name: web }
	    spec:
	      defaultBackend: { service: { name: web, port: { number: 80 } } }
	  - apiVersion: networking.k8s.io/v1
	    kind: IngressClass
	    metadata: { name: nginx, annotations: { ingressclass.kubernetes.io/is-default-class: "true" } }
	    spec:
	      controller: k8s.io/ingress-nginx
	      parameters: { apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb, scope: Cluster }
	  - apiVersion: networking.k8s.io/v1
	    kind: NetworkPolicy
	    metadata: { name: deny-all }
	    spec:
	      podSelector: {}
	      policyTypes: [Ingress, Egress]
	  - apiVersion: autoscaling/v1
	    kind: HorizontalPodAutoscaler
	    metadata: { name: web }
	    spec:
	      scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
	      minReplicas: 2
	      maxReplicas: 2
	      targetCPUUtilizationPercentage: 80
	  - apiVersion: policy/v1
	    kind: PodDisruptionBudget
	    metadata: { name: web }
	    spec:
	      maxUnavailable: 25%
	      unhealthyPodEvictionPolicy: AlwaysAllow
	      selector: { matchLabels: { app: web } }
	  - apiVersion: rbac.authorization.k8s.io/v1
	    kind: Role
	    metadata: { name: leases, namespace: web }
	    rules: [{ apiGroups: [coordination.k8s.io], resources: [leases], verbs: ["*"] }]
	  - apiVersion: rbac.authorization.k8s.io/v1
	    kind: RoleBinding
	    metadata: { name: leases, namespace: web }
	    roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
	    subjects: [{ kind: ServiceAccount, name: web, namespace: other }]
	  - apiVersion: v1
	    kind: ConfigMap
	    metadata: { name: empty }
	  - apiVersion: v1
	    kind: Secret
	    metadata: { name: token, annotations: { kubernetes.io/service-account.name: web } }
	    type: kubernetes.io/service-account-token
	  - apiVersion: v1
	    kind: Secret
	    metadata: { name: ssh }
	    type: kubernetes.io/ssh-auth
	    data: { ssh-privatekey: a2V5 }
	  - apiVersion: v1
	    kind: PersistentVolumeClaim
	    metadata: { name: data }
	    spec:
	      accessModes: [ReadWriteOnce]
	      resources: { requests: { storage: 1.5Gi } }
	      volumeMode: Block
`;

const errors = (text: string) => lint(text).filter((d) => d.severity === 'error');

describe('semantic: tricky valid objects (Service, networking, autoscaling, policy, RBAC, config, storage)', () => {
	it('gives no error for a v1 List of several valid kinds', () => {
		expect(errors(items)).toEqual([]);
	});

	it('gives no error for the same objects as JSON, or with CRLF line ends and a BOM', () => {
		expect(errors(`\uFEFF${items.replace(/\n/g, '\r\n')}`)).toEqual([]);
		const json = JSON.stringify({
			apiVersion: v1(),
			kind: 'Service',
			metadata: { name: 'db' },
			spec: { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432, targetPort: 'postgres' }] },
		});
		expect(errors(json)).toEqual([]);
	});

	it('locates a finding inside a List on the item', () => {
		const text = items.replace('targetCPUUtilizationPercentage: 80', 'targetCPUUtilizationPercentage: 80\n      minReplicas: 3');
		expect(located(text.replace('      minReplicas: 2\n', ''), 'semantic/hpa-replicas')).toEqual([
			{ line: 42, column: 20, endLine: 42, endColumn: 21, path: 'items[5].spec.maxReplicas' },
		]);
	});

	it('leaves a value of the wrong type to the schema layer', () => {
		const text = 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  ports: "80"\n';
		expect(lint(text).map((d) => d.rule)).toEqual(['schema/type-mismatch']);
		const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r }\nrules:\n  - { verbs: get, apiGroups: [""], resources: [pods] }\n';
		expect(lint(role).map((d) => d.rule)).toEqual(['schema/type-mismatch']);
	});
});

function v1(): string {
	return 'v1';
}
