// 简体中文 words of src/lib/manifest/semantic/autoscaling.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/autoscaling.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/validate-reference': (p) => `${p.name} 为必填项。`,
	'fragment/validate-reference:is-invalid-it': (p) => `${p.name}“${p.value}”无效：${p.problem}。`,
	'semantic/hpa-metric-target': (p) => `target.type“${p.type}”必须是 Utilization、Value 或 AverageValue。`,
	'semantic/hpa-metric-target:target-must-be-positive': (p) => `target.${p.name} ${p.text} 必须为正数。`,
	'semantic/hpa-metric-target:target-average-utilization-must-be-great': (p) => `target.averageUtilization ${p.utilization} 必须大于 0（它是相对于 requests 的百分比）。`,
	'semantic/hpa-metric-target:a-resource-metric-target-needs': () => `资源指标的目标需要 averageUtilization（相对于 requests 的百分比）或 averageValue。`,
	'semantic/hpa-metric-target:a-resource-metric-target-may': () => `资源指标的目标不能同时设置 averageValue 和 averageUtilization。`,
	'semantic/hpa-metric-target:a-pods-metric-target-needs': () => `Pods 指标的目标需要一个正的 averageValue。`,
	'semantic/hpa-metric-target:an-object-metric-target-needs': () => `Object 指标的目标需要 value 或 averageValue。`,
	'semantic/hpa-metric-target:an-external-metric-target-needs': () => `External 指标的目标需要 value（针对指标）或 averageValue（针对每个 Pod）。`,
	'semantic/hpa-metric-target:an-external-metric-target-may': () => `External 指标的目标不能同时设置 value 和 averageValue。`,
	'semantic/hpa-metric-source': () => `metric.name 为必填项。`,
	'semantic/hpa-metric-source:metric-name-is-invalid-it': (p) => `metric.name“${p.name}”无效：${p.problem}。`,
	'semantic/hpa-metric-source:container-is-invalid-it': (p) => `container“${p.container}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/hpa-metric-source:metric-type-is-not-supported': (p) => `不支持指标类型“${p.type}”：请使用 Object、Pods、Resource、ContainerResource 或 External。`,
	'semantic/hpa-metric-source:a-metric-of-type-needs': (p) => `类型为 ${p.type} 的指标需要对应的“${p.expected}”字段。`,
	'semantic/hpa-metric-source:may-not-be-set-on': (p) => `类型为 ${p.type} 的指标不能设置“${p.name}”：只能设置“${p.expected}”。`,
	'semantic/hpa-behavior': (p) => `stabilizationWindowSeconds ${p.window} 必须在 0 到 ${p.MAX_STABILIZATION_WINDOW_SECONDS}（一小时）之间。`,
	'semantic/hpa-behavior:select-policy-is-not-supported-use': (p) => `不支持 selectPolicy“${p.select}”：请使用 Max、Min 或 Disabled。`,
	'semantic/hpa-behavior:policy-type-is-not-supported': (p) => `不支持策略类型“${p.type}”：请使用 Pods 或 Percent。`,
	'semantic/hpa-behavior:policy-value-must-be-greater': (p) => `策略的 value ${p.value} 必须大于 0。`,
	'semantic/hpa-behavior:period-seconds-must-be-between-and': (p) => `periodSeconds ${p.period} 必须在 1 到 ${p.MAX_PERIOD_SECONDS}（30 分钟）之间。`,
	'semantic/hpa-replicas': (p) =>
		`minReplicas 为 0 需要特性门控 HPAScaleToZero（alpha，默认关闭）${p.hasObjectOrExternal ? `` : `以及 Object 或 External 指标`}；在默认门控下 minReplicas 至少为 1。`,
	'semantic/hpa-replicas:min-replicas-must-be-greater-than': (p) => `minReplicas ${p.min} 必须大于 0。`,
	'semantic/hpa-replicas:max-replicas-must-be-greater-than': (p) => `maxReplicas ${p.max} 必须大于 0。`,
	'semantic/hpa-replicas:max-replicas-must-be-greater-than-2': (p) => `maxReplicas ${p.max} 必须大于或等于 minReplicas（${p.min}）。`,
	'semantic/hpa-metric-target:target-cpuutilization-percentage-must-be': (p) => `targetCPUUtilizationPercentage ${p.cpu} 必须大于 0。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/hpa-replicas': {
		title: 'HPA 副本数范围无效',
		explanation: 'minReplicas（默认 1）至少为 1——设为 0 需要 alpha 特性门控 HPAScaleToZero（默认关闭）——maxReplicas 至少为 1，且不小于 minReplicas。',
	},
	'semantic/hpa-scale-target': { title: 'scaleTargetRef 无效', explanation: 'scaleTargetRef 需要 kind 和 name，二者都不能包含“/”或“%”，也不能是“.”或“..”。' },
	'semantic/hpa-metric-source': {
		title: '指标类型与来源不符',
		explanation:
			'metrics[].type 取值为 Object、Pods、Resource、ContainerResource 或 External，并且必须且只能设置与之对应的字段（object、pods、resource、containerResource、external）。',
	},
	'semantic/hpa-metric-target': {
		title: '指标目标无效',
		explanation:
			'target.type 取值为 Utilization、Value 或 AverageValue；value 和 averageValue 必须为正数，averageUtilization 至少为 1。Resource 和 ContainerResource 指标设置 averageUtilization 或 averageValue（不能同时设置）；Pods 指标设置 averageValue；Object 和 External 指标设置 value 或 averageValue。',
	},
	'semantic/hpa-behavior': {
		title: '扩缩行为无效',
		explanation:
			'behavior.scaleUp/scaleDown 中，stabilizationWindowSeconds 为 0–3600，selectPolicy 为 Max、Min 或 Disabled；每个策略的 type 为 Pods 或 Percent，value 大于 0，periodSeconds 为 1–1800。',
	},
};
