// One label-selector check wherever an object holds a selector (apimachinery ValidateLabelSelector).
import { describe, expect, it } from 'vitest';
import { located, yaml } from '../helpers.ts';

const rule = 'semantic/label-selector';

describe('label selectors outside workloads', () => {
	it('a PodDisruptionBudget selector: In needs values', () => {
		const pdb = (values: string) => yaml`
			apiVersion: policy/v1
			kind: PodDisruptionBudget
			metadata: { name: web }
			spec:
			  minAvailable: 1
			  selector:
			    matchExpressions:
			      - { key: app, operator: In${values} }
		`;
		expect(located(pdb(''), rule)).toEqual([{ line: 8, column: 31, endLine: 8, endColumn: 33, path: 'spec.selector.matchExpressions[0].values' }]);
		expect(located(pdb(', values: [web]'), rule)).toEqual([]);
	});

	it('NetworkPolicy pod and namespace selectors: label syntax in matchLabels', () => {
		const policy = (value: string) => yaml`
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: { name: allow }
			spec:
			  podSelector:
			    matchLabels: { app: "${value}" }
			  ingress:
			    - from:
			        - namespaceSelector:
			            matchLabels: { team: "${value}" }
		`;
		expect(located(policy('web'), rule)).toEqual([]);
		expect(located(policy('-web'), rule).map((d) => [d.line, d.path])).toEqual([
			[6, 'spec.podSelector.matchLabels.app'],
			[10, 'spec.ingress[0].from[0].namespaceSelector.matchLabels.team'],
		]);
	});

	it('an empty podSelector selects every Pod and is valid', () => {
		const text = yaml`
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: { name: deny-all }
			spec:
			  podSelector: {}
			  policyTypes: [Ingress]
		`;
		expect(located(text, rule)).toEqual([]);
	});
});
