// HorizontalPodAutoscaler as kube-apiserver validates it (pkg/apis/autoscaling/validation/validation.go).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';
import { enText } from '../words.ts';

const text = readFileSync(new URL('./fixtures/hpa.yaml', import.meta.url), 'utf8');

describe('semantic: HorizontalPodAutoscaler', () => {
	it('checks replica bounds, naming the HPAScaleToZero gate for minReplicas 0', () => {
		expect(located(text, 'semantic/hpa-replicas')).toEqual([
			{ line: 7, column: 16, endLine: 7, endColumn: 17, path: 'spec.maxReplicas' },
			{ line: 33, column: 16, endLine: 33, endColumn: 17, path: 'spec.minReplicas' },
			{ line: 34, column: 16, endLine: 34, endColumn: 17, path: 'spec.maxReplicas' },
		]);
		expect(enText(lint(text).find((d) => d.path === 'spec.minReplicas')!.message)).toContain('HPAScaleToZero');
	});

	it('checks scaleTargetRef names', () => {
		expect(located(text, 'semantic/hpa-scale-target')).toEqual([{ line: 5, column: 66, endLine: 5, endColumn: 72, path: 'spec.scaleTargetRef.name' }]);
	});

	it('needs each metric type with its own source only', () => {
		expect(located(text, 'semantic/hpa-metric-source')).toEqual([
			{ line: 11, column: 13, endLine: 11, endColumn: 17, path: 'spec.metrics[1].type' },
			{ line: 12, column: 7, endLine: 12, endColumn: 15, path: 'spec.metrics[1].resource' },
			{ line: 19, column: 13, endLine: 19, endColumn: 19, path: 'spec.metrics[4].type' },
		]);
	});

	it('checks metric names (path segments)', () => {
		const hpa =
			'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: web }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  maxReplicas: 3\n  metrics:\n    - { type: Pods, pods: { metric: { name: "a/b" }, target: { type: AverageValue, averageValue: 1 } } }\n';
		expect(located(hpa, 'semantic/hpa-metric-source')).toEqual([{ line: 8, column: 45, endLine: 8, endColumn: 50, path: 'spec.metrics[0].pods.metric.name' }]);
	});

	it('checks metric targets per source (and autoscaling/v1 targetCPUUtilizationPercentage)', () => {
		expect(located(text, 'semantic/hpa-metric-target')).toEqual([
			{ line: 10, column: 30, endLine: 10, endColumn: 36, path: 'spec.metrics[0].resource.target.averageUtilization' },
			{ line: 16, column: 32, endLine: 16, endColumn: 37, path: 'spec.metrics[2].external.target.value' },
			{ line: 16, column: 39, endLine: 16, endColumn: 40, path: 'spec.metrics[2].external.target.value' },
			{ line: 18, column: 46, endLine: 18, endColumn: 53, path: 'spec.metrics[3].resource.target.type' },
			{ line: 18, column: 75, endLine: 18, endColumn: 76, path: 'spec.metrics[3].resource.target.averageUtilization' },
			{ line: 42, column: 35, endLine: 42, endColumn: 36, path: 'spec.targetCPUUtilizationPercentage' },
		]);
	});

	it('checks behavior windows, policies and periods', () => {
		expect(located(text, 'semantic/hpa-behavior').map((d) => `${d.line}:${d.column} ${d.path}`)).toEqual([
			'22:35 spec.behavior.scaleDown.stabilizationWindowSeconds',
			'23:21 spec.behavior.scaleDown.selectPolicy',
			'25:32 spec.behavior.scaleDown.policies[0].value',
			'25:50 spec.behavior.scaleDown.policies[0].periodSeconds',
			'26:19 spec.behavior.scaleDown.policies[1].type',
		]);
	});

	it('accepts valid autoscalers (defaults, quantity forms, every metric type)', () => {
		const valid = yaml`
			apiVersion: autoscaling/v2
			kind: HorizontalPodAutoscaler
			metadata: { name: web }
			spec:
			  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
			  maxReplicas: 10
			  metrics:
			    - { type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } } }
			    - { type: ContainerResource, containerResource: { name: memory, container: app, target: { type: AverageValue, averageValue: 512Mi } } }
			    - { type: Pods, pods: { metric: { name: rps }, target: { type: AverageValue, averageValue: 0.5 } } }
			    - type: Object
			      object:
			        describedObject: { apiVersion: networking.k8s.io/v1, kind: Ingress, name: main }
			        metric: { name: requests-per-second }
			        target: { type: Value, value: 10k }
			    - { type: External, external: { metric: { name: queue }, target: { type: AverageValue, averageValue: "1500m" } } }
			  behavior:
			    scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: Percent, value: 100, periodSeconds: 15 }] }
			    scaleDown: { selectPolicy: Disabled }
		`;
		expect(lint(valid).filter((d) => d.severity === 'error')).toEqual([]);
	});
});
