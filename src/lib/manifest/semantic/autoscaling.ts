// HorizontalPodAutoscaler, as kube-apiserver validates it (pkg/apis/autoscaling/validation/validation.go),
// after the defaults (pkg/apis/autoscaling/v2/defaults.go: minReplicas 1; behavior rules left out take the
// defaults, so only what is written is judged). autoscaling/v1 is converted to the same internal object: its
// targetCPUUtilizationPercentage becomes a Resource metric's averageUtilization.
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, elements, isSet, num, pathSegmentProblem, reportAt, reportKey, rootLoc, str, DNS1123_LABEL_TEXT } from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Label, isNegativeQuantity, isZeroQuantity, readQuantity } from './values.ts';
import { message } from '../message.ts';
import type { RuleId } from '../rule-catalogue.ts';

const FILE = 'pkg/apis/autoscaling/validation/validation.go';
const MAX_PERIOD_SECONDS = 1800;
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;

export const rules = [
	semanticRule('semantic/hpa-replicas', 'error', `${FILE} validateHorizontalPodAutoscalerSpec`),
	semanticRule('semantic/hpa-scale-target', 'error', `${FILE} ValidateCrossVersionObjectReference`),
	semanticRule('semantic/hpa-metric-source', 'error', `${FILE} validateMetricSpec`),
	semanticRule('semantic/hpa-metric-target', 'error', `${FILE} validateMetricTarget`),
	semanticRule('semantic/hpa-behavior', 'error', `${FILE} validateScalingRules`),
];

function validateReference(context: SemanticContext, ref: Loc, rule: RuleId): void {
	for (const name of ['kind', 'name']) {
		const loc = child(ref, name);
		const value = str(loc);
		if (value === '') reportAt(context, rule, message('fragment/validate-reference', { name }), loc);
		else if (value !== undefined) {
			const problem = pathSegmentProblem(value);
			if (problem) reportAt(context, rule, message('fragment/validate-reference:is-invalid-it', { name, value, problem }), loc);
		}
	}
}

const SOURCES: Record<string, string> = { Object: 'object', Pods: 'pods', Resource: 'resource', ContainerResource: 'containerResource', External: 'external' };

function validateTarget(context: SemanticContext, source: Loc, kind: string): void {
	const rule = 'semantic/hpa-metric-target';
	const target = child(source, 'target');
	if (!isSet(target)) return; // required by the schema
	const typeLoc = child(target, 'type');
	const type = str(typeLoc);
	if (type !== undefined && type !== 'Utilization' && type !== 'Value' && type !== 'AverageValue') {
		reportAt(context, rule, message('semantic/hpa-metric-target', { type }), typeLoc);
	}
	for (const name of ['value', 'averageValue']) {
		const loc = child(target, name);
		const quantity = isSet(loc) ? readQuantity(loc.node) : undefined;
		if (quantity && (isNegativeQuantity(quantity) || isZeroQuantity(quantity)))
			reportAt(context, rule, message('semantic/hpa-metric-target:target-must-be-positive', { name, text: quantity.text }), loc);
	}
	const utilizationLoc = child(target, 'averageUtilization');
	const utilization = num(utilizationLoc);
	if (utilization !== undefined && utilization < 1)
		reportAt(context, rule, message('semantic/hpa-metric-target:target-average-utilization-must-be-great', { utilization }), utilizationLoc);
	const has = (name: string) => isSet(child(target, name));
	const where = target.key ?? target.at;
	if (kind === 'resource' || kind === 'containerResource') {
		if (!has('averageUtilization') && !has('averageValue'))
			context.report(rule, message('semantic/hpa-metric-target:a-resource-metric-target-needs'), where, [...target.path, 'averageUtilization']);
		else if (has('averageUtilization') && has('averageValue'))
			reportKey(context, rule, message('semantic/hpa-metric-target:a-resource-metric-target-may'), child(target, 'averageValue'));
	} else if (kind === 'pods') {
		if (!has('averageValue')) context.report(rule, message('semantic/hpa-metric-target:a-pods-metric-target-needs'), where, [...target.path, 'averageValue']);
	} else if (kind === 'object') {
		if (!has('value') && !has('averageValue'))
			context.report(rule, message('semantic/hpa-metric-target:an-object-metric-target-needs'), where, [...target.path, 'averageValue']);
	} else if (kind === 'external') {
		if (!has('value') && !has('averageValue'))
			context.report(rule, message('semantic/hpa-metric-target:an-external-metric-target-needs'), where, [...target.path, 'averageValue']);
		else if (has('value') && has('averageValue')) reportKey(context, rule, message('semantic/hpa-metric-target:an-external-metric-target-may'), child(target, 'value'));
	}
}

function validateMetricSource(context: SemanticContext, kind: string, source: Loc): void {
	if (kind === 'object') validateReference(context, child(source, 'describedObject'), 'semantic/hpa-metric-source');
	// validateMetricIdentifier: a metric name is required and used in a URL path.
	const metricName = child(child(source, 'metric'), 'name');
	const name = str(metricName);
	if (name === '') reportAt(context, 'semantic/hpa-metric-source', message('semantic/hpa-metric-source'), metricName);
	else if (name !== undefined) {
		const problem = pathSegmentProblem(name);
		if (problem) reportAt(context, 'semantic/hpa-metric-source', message('semantic/hpa-metric-source:metric-name-is-invalid-it', { name, problem }), metricName);
	}
	if (kind === 'containerResource') {
		const containerLoc = child(source, 'container');
		const container = str(containerLoc);
		if (container !== undefined && container !== '' && !isDNS1123Label(container))
			reportAt(context, 'semantic/hpa-metric-source', message('semantic/hpa-metric-source:container-is-invalid-it', { container, DNS1123_LABEL_TEXT }), containerLoc);
	}
	validateTarget(context, source, kind);
}

function validateMetrics(context: SemanticContext, spec: Loc): { hasObjectOrExternal: boolean } {
	let hasObjectOrExternal = false;
	for (const metric of elements(child(spec, 'metrics'))) {
		const typeLoc = child(metric, 'type');
		const type = str(typeLoc);
		if (type === undefined) continue; // required by the schema
		const rule = 'semantic/hpa-metric-source';
		const expected = Object.hasOwn(SOURCES, type) ? SOURCES[type]! : undefined;
		if (type === 'Object' || type === 'External') hasObjectOrExternal = true;
		if (!expected) {
			reportAt(context, rule, message('semantic/hpa-metric-source:metric-type-is-not-supported', { type }), typeLoc);
		} else if (!isSet(child(metric, expected))) {
			reportAt(context, rule, message('semantic/hpa-metric-source:a-metric-of-type-needs', { type, expected }), typeLoc);
		}
		let first = true;
		for (const name of ['object', 'external', 'pods', 'resource', 'containerResource']) {
			const source = child(metric, name);
			if (!isSet(source)) continue;
			if (name !== expected && expected) reportKey(context, rule, message('semantic/hpa-metric-source:may-not-be-set-on', { name, type, expected }), source);
			// Go validates only the first source it finds, in this order.
			if (first) validateMetricSource(context, name, source);
			first = false;
		}
	}
	return { hasObjectOrExternal };
}

function validateBehavior(context: SemanticContext, spec: Loc): void {
	const rule = 'semantic/hpa-behavior';
	for (const direction of ['scaleUp', 'scaleDown']) {
		const rules = child(child(spec, 'behavior'), direction);
		if (!isSet(rules)) continue;
		const windowLoc = child(rules, 'stabilizationWindowSeconds');
		const window = num(windowLoc);
		if (window !== undefined && (window < 0 || window > MAX_STABILIZATION_WINDOW_SECONDS))
			reportAt(context, rule, message('semantic/hpa-behavior', { window, MAX_STABILIZATION_WINDOW_SECONDS }), windowLoc);
		const selectLoc = child(rules, 'selectPolicy');
		const select = str(selectLoc);
		if (select !== undefined && !['Max', 'Min', 'Disabled'].includes(select))
			reportAt(context, rule, message('semantic/hpa-behavior:select-policy-is-not-supported-use', { select }), selectLoc);
		for (const policy of elements(child(rules, 'policies'))) {
			const typeLoc = child(policy, 'type');
			const type = str(typeLoc);
			if (type !== undefined && type !== 'Pods' && type !== 'Percent')
				reportAt(context, rule, message('semantic/hpa-behavior:policy-type-is-not-supported', { type }), typeLoc);
			const valueLoc = child(policy, 'value');
			const value = num(valueLoc);
			if (value !== undefined && value <= 0) reportAt(context, rule, message('semantic/hpa-behavior:policy-value-must-be-greater', { value }), valueLoc);
			const periodLoc = child(policy, 'periodSeconds');
			const period = num(periodLoc);
			if (period !== undefined && (period <= 0 || period > MAX_PERIOD_SECONDS))
				reportAt(context, rule, message('semantic/hpa-behavior:period-seconds-must-be-between-and', { period, MAX_PERIOD_SECONDS }), periodLoc);
		}
	}
}

function validateHpa(context: SemanticContext): void {
	const apiVersion = context.object.apiVersion;
	const spec = child(rootLoc(context), 'spec');
	const rule = 'semantic/hpa-replicas';
	const minLoc = child(spec, 'minReplicas');
	const maxLoc = child(spec, 'maxReplicas');
	const min = num(minLoc);
	const max = num(maxLoc);
	const v2 = apiVersion === 'autoscaling/v2' || apiVersion === 'autoscaling/v2beta2';
	const metrics = v2 ? validateMetrics(context, spec) : { hasObjectOrExternal: false };
	if (min !== undefined && min < 1) {
		const zero = min === 0;
		reportAt(
			context,
			rule,
			zero
				? message('semantic/hpa-replicas', { hasObjectOrExternal: metrics.hasObjectOrExternal })
				: message('semantic/hpa-replicas:min-replicas-must-be-greater-than', { min }),
			minLoc,
		);
	}
	if (max !== undefined && max < 1) reportAt(context, rule, message('semantic/hpa-replicas:max-replicas-must-be-greater-than', { max }), maxLoc);
	else if (max !== undefined && min !== undefined && max < min)
		reportAt(context, rule, message('semantic/hpa-replicas:max-replicas-must-be-greater-than-2', { max, min }), maxLoc);
	const ref = child(spec, 'scaleTargetRef');
	if (isSet(ref)) validateReference(context, ref, 'semantic/hpa-scale-target');
	if (v2) validateBehavior(context, spec);
	if (apiVersion === 'autoscaling/v1') {
		const cpuLoc = child(spec, 'targetCPUUtilizationPercentage');
		const cpu = num(cpuLoc);
		if (cpu !== undefined && cpu < 1)
			reportAt(context, 'semantic/hpa-metric-target', message('semantic/hpa-metric-target:target-cpuutilization-percentage-must-be', { cpu }), cpuLoc);
	}
}

export const validators: Record<string, SemanticValidator> = {
	'autoscaling/HorizontalPodAutoscaler': validateHpa,
};
