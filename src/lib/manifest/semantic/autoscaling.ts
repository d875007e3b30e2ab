// HorizontalPodAutoscaler, as kube-apiserver validates it (pkg/apis/autoscaling/validation/validation.go),
// after the defaults (pkg/apis/autoscaling/v2/defaults.go: minReplicas 1; behavior rules left out take the
// defaults, so only what is written is judged). autoscaling/v1 is converted to the same internal object: its
// targetCPUUtilizationPercentage becomes a Resource metric's averageUtilization.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, elements, isSet, num, pathSegmentProblem, reportAt, reportKey, rootLoc, str, DNS1123_LABEL_TEXT } from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Label, isNegativeQuantity, isZeroQuantity, readQuantity } from './values.ts';

const FILE = 'pkg/apis/autoscaling/validation/validation.go';
const MAX_PERIOD_SECONDS = 1800;
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;

export const rules: RuleInfo[] = [
	semanticRule('semantic/hpa-replicas', 'error', ['Invalid HPA replica bounds', 'HPA 副本数范围无效'], [
		'minReplicas (default 1) must be at least 1 — 0 needs the alpha HPAScaleToZero feature gate, off by default — and maxReplicas at least 1 and at least minReplicas.',
		'minReplicas（默认 1）至少为 1——设为 0 需要 alpha 特性门控 HPAScaleToZero（默认关闭）——maxReplicas 至少为 1，且不小于 minReplicas。',
	], `${FILE} validateHorizontalPodAutoscalerSpec`),
	semanticRule('semantic/hpa-scale-target', 'error', ['Invalid scaleTargetRef', 'scaleTargetRef 无效'], [
		'scaleTargetRef needs a kind and a name, neither of which may contain "/" or "%" or be "." or "..".',
		'scaleTargetRef 需要 kind 和 name，二者都不能包含“/”或“%”，也不能是“.”或“..”。',
	], `${FILE} ValidateCrossVersionObjectReference`),
	semanticRule('semantic/hpa-metric-source', 'error', ['Metric type without its source', '指标类型与来源不符'], [
		'metrics[].type is one of Object, Pods, Resource, ContainerResource or External, and exactly the matching field (object, pods, resource, containerResource, external) must be set.',
		'metrics[].type 取值为 Object、Pods、Resource、ContainerResource 或 External，并且必须且只能设置与之对应的字段（object、pods、resource、containerResource、external）。',
	], `${FILE} validateMetricSpec`),
	semanticRule('semantic/hpa-metric-target', 'error', ['Invalid metric target', '指标目标无效'], [
		'target.type is Utilization, Value or AverageValue; value and averageValue must be positive and averageUtilization at least 1. Resource and ContainerResource metrics set averageUtilization or averageValue (not both); Pods metrics averageValue; Object and External metrics value or averageValue.',
		'target.type 取值为 Utilization、Value 或 AverageValue；value 和 averageValue 必须为正数，averageUtilization 至少为 1。Resource 和 ContainerResource 指标设置 averageUtilization 或 averageValue（不能同时设置）；Pods 指标设置 averageValue；Object 和 External 指标设置 value 或 averageValue。',
	], `${FILE} validateMetricTarget`),
	semanticRule('semantic/hpa-behavior', 'error', ['Invalid scaling behavior', '扩缩行为无效'], [
		'In behavior.scaleUp/scaleDown, stabilizationWindowSeconds is 0–3600 and selectPolicy Max, Min or Disabled; each policy has type Pods or Percent, a value above 0 and periodSeconds 1–1800.',
		'behavior.scaleUp/scaleDown 中，stabilizationWindowSeconds 为 0–3600，selectPolicy 为 Max、Min 或 Disabled；每个策略的 type 为 Pods 或 Percent，value 大于 0，periodSeconds 为 1–1800。',
	], `${FILE} validateScalingRules`),
];

function validateReference(context: SemanticContext, ref: Loc, rule: string): void {
	for (const name of ['kind', 'name']) {
		const loc = child(ref, name);
		const value = str(loc);
		if (value === '') reportAt(context, rule, text(`${name} is required.`, `${name} 为必填项。`), loc);
		else if (value !== undefined) {
			const problem = pathSegmentProblem(value);
			if (problem) reportAt(context, rule, text(`${name} "${value}" is invalid: it ${problem.en}.`, `${name}“${value}”无效：${problem.zh}。`), loc);
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
		reportAt(context, rule, text(`target.type "${type}" must be Utilization, Value or AverageValue.`, `target.type“${type}”必须是 Utilization、Value 或 AverageValue。`), typeLoc);
	}
	for (const name of ['value', 'averageValue']) {
		const loc = child(target, name);
		const quantity = isSet(loc) ? readQuantity(loc.node) : undefined;
		if (quantity && (isNegativeQuantity(quantity) || isZeroQuantity(quantity))) reportAt(context, rule, text(`target.${name} ${quantity.text} must be positive.`, `target.${name} ${quantity.text} 必须为正数。`), loc);
	}
	const utilizationLoc = child(target, 'averageUtilization');
	const utilization = num(utilizationLoc);
	if (utilization !== undefined && utilization < 1) reportAt(context, rule, text(`target.averageUtilization ${utilization} must be greater than 0 (it is a percentage of the requests).`, `target.averageUtilization ${utilization} 必须大于 0（它是相对于 requests 的百分比）。`), utilizationLoc);
	const has = (name: string) => isSet(child(target, name));
	const where = target.key ?? target.at;
	if (kind === 'resource' || kind === 'containerResource') {
		if (!has('averageUtilization') && !has('averageValue')) context.report(rule, text('A resource metric target needs averageUtilization (a percentage of the requests) or averageValue.', '资源指标的目标需要 averageUtilization（相对于 requests 的百分比）或 averageValue。'), where, [...target.path, 'averageUtilization']);
		else if (has('averageUtilization') && has('averageValue')) reportKey(context, rule, text('A resource metric target may not set both averageValue and averageUtilization.', '资源指标的目标不能同时设置 averageValue 和 averageUtilization。'), child(target, 'averageValue'));
	} else if (kind === 'pods') {
		if (!has('averageValue')) context.report(rule, text('A Pods metric target needs a positive averageValue.', 'Pods 指标的目标需要一个正的 averageValue。'), where, [...target.path, 'averageValue']);
	} else if (kind === 'object') {
		if (!has('value') && !has('averageValue')) context.report(rule, text('An Object metric target needs value or averageValue.', 'Object 指标的目标需要 value 或 averageValue。'), where, [...target.path, 'averageValue']);
	} else if (kind === 'external') {
		if (!has('value') && !has('averageValue')) context.report(rule, text('An External metric target needs value (for the metric) or averageValue (per Pod).', 'External 指标的目标需要 value（针对指标）或 averageValue（针对每个 Pod）。'), where, [...target.path, 'averageValue']);
		else if (has('value') && has('averageValue')) reportKey(context, rule, text('An External metric target may not set both value and averageValue.', 'External 指标的目标不能同时设置 value 和 averageValue。'), child(target, 'value'));
	}
}

function validateMetricSource(context: SemanticContext, kind: string, source: Loc): void {
	if (kind === 'object') validateReference(context, child(source, 'describedObject'), 'semantic/hpa-metric-source');
	// validateMetricIdentifier: a metric name is required and used in a URL path.
	const metricName = child(child(source, 'metric'), 'name');
	const name = str(metricName);
	if (name === '') reportAt(context, 'semantic/hpa-metric-source', text('metric.name is required.', 'metric.name 为必填项。'), metricName);
	else if (name !== undefined) {
		const problem = pathSegmentProblem(name);
		if (problem) reportAt(context, 'semantic/hpa-metric-source', text(`metric.name "${name}" is invalid: it ${problem.en}.`, `metric.name“${name}”无效：${problem.zh}。`), metricName);
	}
	if (kind === 'containerResource') {
		const containerLoc = child(source, 'container');
		const container = str(containerLoc);
		if (container !== undefined && container !== '' && !isDNS1123Label(container)) reportAt(context, 'semantic/hpa-metric-source', text(`container "${container}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `container“${container}”无效：${DNS1123_LABEL_TEXT.zh}。`), containerLoc);
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
			reportAt(context, rule, text(`Metric type "${type}" is not supported: use Object, Pods, Resource, ContainerResource or External.`, `不支持指标类型“${type}”：请使用 Object、Pods、Resource、ContainerResource 或 External。`), typeLoc);
		} else if (!isSet(child(metric, expected))) {
			reportAt(context, rule, text(`A metric of type ${type} needs its "${expected}" field.`, `类型为 ${type} 的指标需要对应的“${expected}”字段。`), typeLoc);
		}
		let first = true;
		for (const name of ['object', 'external', 'pods', 'resource', 'containerResource']) {
			const source = child(metric, name);
			if (!isSet(source)) continue;
			if (name !== expected && expected) reportKey(context, rule, text(`"${name}" may not be set on a metric of type ${type}: populate only "${expected}".`, `类型为 ${type} 的指标不能设置“${name}”：只能设置“${expected}”。`), source);
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
		if (window !== undefined && (window < 0 || window > MAX_STABILIZATION_WINDOW_SECONDS)) reportAt(context, rule, text(`stabilizationWindowSeconds ${window} must be between 0 and ${MAX_STABILIZATION_WINDOW_SECONDS} (one hour).`, `stabilizationWindowSeconds ${window} 必须在 0 到 ${MAX_STABILIZATION_WINDOW_SECONDS}（一小时）之间。`), windowLoc);
		const selectLoc = child(rules, 'selectPolicy');
		const select = str(selectLoc);
		if (select !== undefined && !['Max', 'Min', 'Disabled'].includes(select)) reportAt(context, rule, text(`selectPolicy "${select}" is not supported: use Max, Min or Disabled.`, `不支持 selectPolicy“${select}”：请使用 Max、Min 或 Disabled。`), selectLoc);
		for (const policy of elements(child(rules, 'policies'))) {
			const typeLoc = child(policy, 'type');
			const type = str(typeLoc);
			if (type !== undefined && type !== 'Pods' && type !== 'Percent') reportAt(context, rule, text(`Policy type "${type}" is not supported: use Pods or Percent.`, `不支持策略类型“${type}”：请使用 Pods 或 Percent。`), typeLoc);
			const valueLoc = child(policy, 'value');
			const value = num(valueLoc);
			if (value !== undefined && value <= 0) reportAt(context, rule, text(`Policy value ${value} must be greater than zero.`, `策略的 value ${value} 必须大于 0。`), valueLoc);
			const periodLoc = child(policy, 'periodSeconds');
			const period = num(periodLoc);
			if (period !== undefined && (period <= 0 || period > MAX_PERIOD_SECONDS)) reportAt(context, rule, text(`periodSeconds ${period} must be between 1 and ${MAX_PERIOD_SECONDS} (30 minutes).`, `periodSeconds ${period} 必须在 1 到 ${MAX_PERIOD_SECONDS}（30 分钟）之间。`), periodLoc);
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
		reportAt(context, rule, zero
			? text(`minReplicas 0 needs the HPAScaleToZero feature gate (alpha, off by default)${metrics.hasObjectOrExternal ? '' : ' and an Object or External metric'}; with default gates minReplicas must be at least 1.`, `minReplicas 为 0 需要特性门控 HPAScaleToZero（alpha，默认关闭）${metrics.hasObjectOrExternal ? '' : '以及 Object 或 External 指标'}；在默认门控下 minReplicas 至少为 1。`)
			: text(`minReplicas ${min} must be greater than 0.`, `minReplicas ${min} 必须大于 0。`), minLoc);
	}
	if (max !== undefined && max < 1) reportAt(context, rule, text(`maxReplicas ${max} must be greater than 0.`, `maxReplicas ${max} 必须大于 0。`), maxLoc);
	else if (max !== undefined && min !== undefined && max < min) reportAt(context, rule, text(`maxReplicas ${max} must be greater than or equal to minReplicas (${min}).`, `maxReplicas ${max} 必须大于或等于 minReplicas（${min}）。`), maxLoc);
	const ref = child(spec, 'scaleTargetRef');
	if (isSet(ref)) validateReference(context, ref, 'semantic/hpa-scale-target');
	if (v2) validateBehavior(context, spec);
	if (apiVersion === 'autoscaling/v1') {
		const cpuLoc = child(spec, 'targetCPUUtilizationPercentage');
		const cpu = num(cpuLoc);
		if (cpu !== undefined && cpu < 1) reportAt(context, 'semantic/hpa-metric-target', text(`targetCPUUtilizationPercentage ${cpu} must be greater than 0.`, `targetCPUUtilizationPercentage ${cpu} 必须大于 0。`), cpuLoc);
	}
}

export const validators: Record<string, SemanticValidator> = {
	'autoscaling/HorizontalPodAutoscaler': validateHpa,
};
