// 简体中文 words of src/lib/manifest/semantic/batch.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/batch.ts';

/** The cron field names as the Chinese messages call them. */
function zhField(name: string): string {
	return ({ minute: '分', hour: '时', 'day of month': '日', month: '月', 'day of week': '星期' } as Record<string, string>)[name] ?? name;
}

export const messages: CatalogueLike<typeof en> = {
	'semantic/cron-time-zone:empty': () => `timeZone 要么不写，要么是非空的时区名称。`,
	'semantic/cron-time-zone:local': () => `timeZone 必须是明确的 IANA 时区，不能是“Local”。`,
	'semantic/cron-time-zone': (p) => `未知的时区“${p.zone}”：请使用 IANA 名称，例如 Europe/Berlin 或 Asia/Shanghai。`,
	'semantic/job-spec': (p) => `${p.name} 为 ${p.value}；必须大于或等于 0。`,
	'semantic/job-restart-policy': (p) => `Job 的 Pod 模板不支持 restartPolicy“${p.policy}”：请使用 OnFailure 或 Never。`,
	'semantic/job-restart-policy:the-pod-template-sets-no': () =>
		`Pod 模板没有设置 restartPolicy，因此默认为 Always，而 Job 不接受该值：请设置 restartPolicy: OnFailure 或 Never。`,
	'semantic/job-spec:completion-mode-indexed-needs-completion': () => `completionMode 为 Indexed 时需要 completions：请设置 Job 要运行的索引数量。`,
	'semantic/job-spec:parallelism-must-be-at-most': (p) => `completionMode 为 Indexed 时，parallelism ${p.parallelism} 最多为 ${p.INDEXED_LIMIT}。`,
	'semantic/job-spec:backoff-limit-per-index-requires-complet': () => `backoffLimitPerIndex 需要 completionMode: Indexed。`,
	'semantic/job-spec:max-failed-indexes-requires-backoff-limi': () => `maxFailedIndexes 需要 backoffLimitPerIndex。`,
	'semantic/job-spec:max-failed-indexes-must-be-less-than': (p) => `maxFailedIndexes ${p.maxFailed} 必须小于或等于 completions（${p.completions}）。`,
	'semantic/job-spec:success-policy-requires-completion-mode': () => `successPolicy 需要 completionMode: Indexed。`,
	'semantic/pod-failure-policy': () => `使用 podFailurePolicy 时，Pod 模板的 restartPolicy 必须为 Never（当前为 OnFailure）。`,
	'semantic/pod-failure-policy:pod-replacement-policy-must-be-failed-wh': (p) =>
		`设置 podFailurePolicy 时，podReplacementPolicy 必须为 Failed（当前为 ${p.replacementValue}）。`,
	'semantic/pod-failure-policy:pod-failure-policy-has-rules-at-most': (p) => `podFailurePolicy 有 ${p.ruleNodesCount} 条规则；最多允许 20 条。`,
	'semantic/pod-failure-policy:action-fail-index-requires-backoff-limit': () => `action 为 FailIndex 时需要 backoffLimitPerIndex。`,
	'semantic/pod-failure-policy:a-rule-may-not-have': (p) =>
		`${p.hasExit ? `一条规则不能同时有 onExitCodes 和 onPodConditions。` : `一条规则需要 onExitCodes 或 onPodConditions 之一。`}`,
	'semantic/pod-failure-policy:container-name-must-be-one-of': (p) => `containerName“${p.containerName}”必须是 Pod 模板中某个容器或 Init 容器的名称。`,
	'semantic/pod-failure-policy:on-exit-codes-values-needs-at-least-one': () => `onExitCodes.values 至少需要一个退出码。`,
	'semantic/pod-failure-policy:on-exit-codes-values-has-exit-codes-at': (p) => `onExitCodes.values 有 ${p.valuesCount} 个退出码；最多允许 255 个。`,
	'semantic/pod-failure-policy:exit-code-may-not-be': () => `In 运算符不能列出退出码 0（以 0 退出的 Pod 已成功）。`,
	'semantic/pod-failure-policy:exit-code-is-listed-twice': (p) => `退出码 ${p.value} 重复列出。`,
	'semantic/pod-failure-policy:on-exit-codes-values-must-be-in-ascendin': () => `onExitCodes.values 必须按升序排列。`,
	'semantic/pod-failure-policy:condition-status-is-not-supported': (p) => `不支持状况状态“${p.status}”：请使用 True、False 或 Unknown。`,
	'semantic/pod-failure-policy:condition-type-is-invalid': (p) => `状况类型“${p.type}”无效：${p.problem}。`,
	'semantic/job-selector': (p) =>
		`spec.selector 由 API 服务器（根据 controller-uid）生成；这里的“${p.name}”会导致校验失败。请删除 spec.selector，或设置 manualSelector: true 自行管理选择器。`,
	'semantic/cronjob-spec': (p) => `${p.name} 为 ${p.value}；必须大于或等于 0。`,
	'semantic/cron-schedule': (p) =>
		`调度表达式“${p.schedule}”无效：${p.message}${p.field ? `（位于${zhField(p.field)}字段）` : ''}。请使用五个字段（分 时 日 月 星期），例如“*/5 * * * *”，或 @hourly 等宏。`,
	'semantic/cron-schedule:tz-or-cron-tz-cannot-be': () => `调度表达式中不能使用 TZ 或 CRON_TZ：请把时区写在 spec.timeZone 中。`,
	'semantic/job-selector:a-cron-job-s-job-template-may-not': () => `CronJob 的 jobTemplate 不能设置 selector：它会为每个 Job 自动生成。`,
	'semantic/job-selector:manual-selector-true-is-not-supported': () => `CronJob 的 jobTemplate 不支持 manualSelector: true。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/job-restart-policy': {
		title: 'Job 的 restartPolicy 不是 OnFailure 或 Never',
		explanation:
			'Job 的 Pod 模板必须把 restartPolicy 设为 OnFailure 或 Never。若不写，它会像所有 Pod 模板一样默认为 Always，而 Job 会拒绝该值，因为 Job 的 Pod 应当运行结束。',
	},
	'semantic/job-spec': {
		title: 'Job 设置无效',
		explanation:
			'parallelism、completions、activeDeadlineSeconds、backoffLimit、backoffLimitPerIndex、maxFailedIndexes 和 ttlSecondsAfterFinished 都不能为负；completionMode: Indexed 需要 completions（parallelism 最多 100000）；backoffLimitPerIndex 需要 Indexed 模式；maxFailedIndexes 需要 backoffLimitPerIndex，且不超过 completions。',
	},
	'semantic/job-selector': {
		title: '未设置 manualSelector 的 Job 选择器',
		explanation:
			'Job 的选择器（controller-uid）及其 Pod 的标签由 API 服务器生成。除非设置 manualSelector: true，否则自己写的选择器会被拒绝；CronJob 的 jobTemplate 则完全不能设置选择器。',
	},
	'semantic/pod-failure-policy': {
		title: 'podFailurePolicy 无效',
		explanation:
			'podFailurePolicy 需要 restartPolicy: Never 和 podReplacementPolicy: Failed；每条规则必须且只能有 onExitCodes 或 onPodConditions 之一；退出码不能重复且须升序排列，In 不能包含 0；containerName 必须是模板中的容器；FailIndex 需要 backoffLimitPerIndex。',
	},
	'semantic/cron-schedule': {
		title: 'CronJob 调度表达式无效',
		explanation:
			'调度表达式由五个字段组成：分（0–59）、时（0–23）、日（1–31）、月（1–12 或 jan–dec）、星期（0–6 或 sun–sat），每个字段是由 *、N、N-M 与 /步长组成的列表；也可以使用 @daily、@every 1h 等宏。时区写在 spec.timeZone 中：调度表达式里的 CRON_TZ= 或 TZ= 会被拒绝。',
	},
	'semantic/cron-time-zone': { title: '未知的时区', explanation: 'spec.timeZone 必须是 IANA 时区名称，例如 Europe/Berlin 或 Asia/Shanghai；“Local”和空字符串会被拒绝。' },
	'semantic/cronjob-spec': { title: 'CronJob 设置无效', explanation: 'startingDeadlineSeconds、successfulJobsHistoryLimit 和 failedJobsHistoryLimit 都不能为负。' },
};
