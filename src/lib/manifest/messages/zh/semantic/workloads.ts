// 简体中文 words of src/lib/manifest/semantic/workloads.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/workloads.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/int-or-percent-problem': (p) => `必须大于或等于 0（当前为 ${p.value}）`,
	'fragment/int-or-percent-problem:must-be-an-integer-or': (p) => `必须是整数或百分比，例如“25%”（当前为“${p.value}”）`,
	'semantic/negative-count': (p) => `${p.name} 为 ${p.value}；必须大于或等于 0。`,
	'semantic/template-restart-policy': (p) => `${p.kind} 模板不支持 restartPolicy“${p.policy}”：只支持 Always（默认值）。一次性任务请使用 Job。`,
	'semantic/template-active-deadline': (p) => `${p.kind} 模板不支持 activeDeadlineSeconds。`,
	'semantic/progress-deadline': (p) => `progressDeadlineSeconds（${p.deadline}${p.hasDeadlineField ? `` : `，默认值`}）必须大于 minReadySeconds（${p.minReady}）。`,
	'semantic/rolling-update': () => `策略类型为 Recreate 时不能设置 rollingUpdate。`,
	'semantic/rolling-update:max-unavailable-must-not-be-greater': (p) => `maxUnavailable ${p.value} 不能大于 100%。`,
	'semantic/rolling-update:max-unavailable-and-max-surge-are-both': () =>
		`maxUnavailable 和 maxSurge 都为 0：滚动更新既不能删除旧 Pod，也不能添加新 Pod。请让其中之一大于 0（两者默认都是 25%）。`,
	'semantic/rolling-update:other': (p) => `${p.name} ${p.problem}。`,
	'semantic/rolling-update:must-not-be-greater-than': (p) => `${p.name} ${p.value} 不能大于 100%。`,
	'semantic/rolling-update:max-surge-may-not-be-set': (p) =>
		`maxUnavailable 不为零时（${p.hasValue ? `当前为 ${p.value}` : `当前为默认值 1`}）不能设置 maxSurge；若要使用 maxSurge，请设置 maxUnavailable: 0。`,
	'semantic/rolling-update:max-unavailable-cannot-be-when-max-surge': () => `maxSurge 为 0 时 maxUnavailable 不能为 0：DaemonSet 将无法替换任何 Pod。`,
	'semantic/rolling-update:rolling-update-is-only-allowed-for': () => `只有 updateStrategy 类型为 RollingUpdate 时才允许设置 rollingUpdate（当前为 OnDelete）。`,
	'semantic/statefulset-spec': (p) => `不支持 ${p.name}“${p.value}”：请使用 Retain 或 Delete。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/negative-count': {
		title: '计数为负',
		explanation: 'replicas、minReadySeconds、revisionHistoryLimit、progressDeadlineSeconds 以及 StatefulSet 的 partition 和 ordinals.start 都不能为负（可以为 0）。',
	},
	'semantic/progress-deadline': {
		title: 'progressDeadlineSeconds 不大于 minReadySeconds',
		explanation: 'Deployment 的 progressDeadlineSeconds（未设置时为 600）必须大于 minReadySeconds，否则每次上线都会被判定为停滞。',
	},
	'semantic/rolling-update': {
		title: '滚动更新参数无效',
		explanation:
			'maxSurge 和 maxUnavailable 是非负整数或百分比（“25%”），maxUnavailable 不超过 100%；Deployment 至少要有一个大于零（两者默认都是 25%）；DaemonSet 必须恰好有一个大于零（maxUnavailable 默认为 1，maxSurge 默认为 0）；Recreate 或 OnDelete 策略下不能设置 rollingUpdate。',
	},
	'semantic/template-restart-policy': {
		title: '模板的 restartPolicy 不是 Always',
		explanation:
			'让 Pod 持续运行的控制器（Deployment、ReplicaSet、StatefulSet、DaemonSet、ReplicationController）的 Pod 模板只接受 restartPolicy: Always（即默认值）。一次性任务请使用 Job。',
	},
	'semantic/template-active-deadline': {
		title: '长期运行的模板中设置了 activeDeadlineSeconds',
		explanation: 'activeDeadlineSeconds 会在固定时间后终止 Deployment、ReplicaSet、StatefulSet、DaemonSet 或 ReplicationController 的 Pod，因此这些模板不能设置它。',
	},
	'semantic/statefulset-spec': {
		title: 'StatefulSet 策略无效',
		explanation: 'persistentVolumeClaimRetentionPolicy.whenDeleted 和 whenScaled 只能是 Retain（默认值）或 Delete。',
	},
};
