// Jobs and CronJobs as kube-apiserver validates them (pkg/apis/batch/validation/validation.go), after the
// batch/v1 and core/v1 defaults: a Job with neither completions nor parallelism gets 1 and 1
// (SetDefaults_Job); its template's restartPolicy defaults to Always like every Pod template
// (SetDefaults_PodSpec) — which a Job refuses, so a Job must say OnFailure or Never.
import type { Node } from 'yaml';
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import { asMap, field, fields, get, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { isKnownTimeZone, scheduleError, timeZoneSyntaxOk } from './cron-schedule.ts';
import { semanticRule } from './define-rule.ts';
import { k8sMinor, qualifiedNameProblem, readBoolean, readInteger } from './values.ts';
import { checkLabelSelector } from './label-selector.ts';

const B = 'pkg/apis/batch/validation/validation.go';
/** maxParallelismForIndexedJob / completionsSoftLimit. */
const INDEXED_LIMIT = 100000;

export const rules: RuleInfo[] = [
	semanticRule('semantic/job-restart-policy', 'error', ['Job restartPolicy not OnFailure or Never', 'Job 的 restartPolicy 不是 OnFailure 或 Never'], [
		'A Job\'s Pod template must set restartPolicy to OnFailure or Never. Left out, it defaults to Always like every Pod template — which a Job refuses, because its Pods are meant to finish.',
		'Job 的 Pod 模板必须把 restartPolicy 设为 OnFailure 或 Never。若不写，它会像所有 Pod 模板一样默认为 Always，而 Job 会拒绝该值，因为 Job 的 Pod 应当运行结束。',
	], `${B} validateJobSpec`),
	semanticRule('semantic/job-spec', 'error', ['Invalid Job settings', 'Job 设置无效'], [
		'parallelism, completions, activeDeadlineSeconds, backoffLimit, backoffLimitPerIndex, maxFailedIndexes and ttlSecondsAfterFinished are not negative; completionMode: Indexed needs completions (parallelism up to 100000); backoffLimitPerIndex needs Indexed mode; maxFailedIndexes needs backoffLimitPerIndex and is at most completions.',
		'parallelism、completions、activeDeadlineSeconds、backoffLimit、backoffLimitPerIndex、maxFailedIndexes 和 ttlSecondsAfterFinished 都不能为负；completionMode: Indexed 需要 completions（parallelism 最多 100000）；backoffLimitPerIndex 需要 Indexed 模式；maxFailedIndexes 需要 backoffLimitPerIndex，且不超过 completions。',
	], `${B} validateJobSpec, validateCompletions`),
	semanticRule('semantic/job-selector', 'error', ['Job selector without manualSelector', '未设置 manualSelector 的 Job 选择器'], [
		'The API server generates a Job\'s selector (controller-uid) and its Pods\' labels. A selector of your own is refused unless manualSelector: true; a CronJob\'s jobTemplate may not set one at all.',
		'Job 的选择器（controller-uid）及其 Pod 的标签由 API 服务器生成。除非设置 manualSelector: true，否则自己写的选择器会被拒绝；CronJob 的 jobTemplate 则完全不能设置选择器。',
	], `${B} ValidateGeneratedSelector, validateJobTemplateSpec; pkg/registry/batch/job/strategy.go generateSelector`),
	semanticRule('semantic/pod-failure-policy', 'error', ['Invalid podFailurePolicy', 'podFailurePolicy 无效'], [
		'podFailurePolicy needs restartPolicy: Never and podReplacementPolicy: Failed; each rule has exactly one of onExitCodes and onPodConditions; exit codes are unique and ascending, and In may not list 0; containerName names a container of the template; FailIndex needs backoffLimitPerIndex.',
		'podFailurePolicy 需要 restartPolicy: Never 和 podReplacementPolicy: Failed；每条规则必须且只能有 onExitCodes 或 onPodConditions 之一；退出码不能重复且须升序排列，In 不能包含 0；containerName 必须是模板中的容器；FailIndex 需要 backoffLimitPerIndex。',
	], `${B} validatePodFailurePolicy, validatePodFailurePolicyRule, validatePodFailurePolicyRuleOnExitCodes`),
	semanticRule('semantic/cron-schedule', 'error', ['Invalid CronJob schedule', 'CronJob 调度表达式无效'], [
		'The schedule is five fields — minute (0–59), hour (0–23), day of month (1–31), month (1–12 or jan–dec), day of week (0–6 or sun–sat) — each a list of *, N, N-M and /step, or a macro such as @daily or @every 1h. Time zones go in spec.timeZone: CRON_TZ= or TZ= in the schedule is refused.',
		'调度表达式由五个字段组成：分（0–59）、时（0–23）、日（1–31）、月（1–12 或 jan–dec）、星期（0–6 或 sun–sat），每个字段是由 *、N、N-M 与 /步长组成的列表；也可以使用 @daily、@every 1h 等宏。时区写在 spec.timeZone 中：调度表达式里的 CRON_TZ= 或 TZ= 会被拒绝。',
	], `${B} validateScheduleFormat (github.com/robfig/cron/v3 ParseStandard)`),
	semanticRule('semantic/cron-time-zone', 'error', ['Unknown time zone', '未知的时区'], [
		'spec.timeZone is an IANA time zone name such as Europe/Berlin or Asia/Shanghai; "Local" and empty strings are refused.',
		'spec.timeZone 必须是 IANA 时区名称，例如 Europe/Berlin 或 Asia/Shanghai；“Local”和空字符串会被拒绝。',
	], `${B} validateTimeZone`),
	semanticRule('semantic/cronjob-spec', 'error', ['Invalid CronJob settings', 'CronJob 设置无效'], [
		'startingDeadlineSeconds, successfulJobsHistoryLimit and failedJobsHistoryLimit may not be negative.',
		'startingDeadlineSeconds、successfulJobsHistoryLimit 和 failedJobsHistoryLimit 都不能为负。',
	], `${B} validateCronJobSpec`),
];

function report(context: SemanticContext, rule: string, en: string, zh: string, at: Node, path: PathSegment[]): void {
	context.report(rule, text(en, zh), at, path);
}

function containerNames(template: Node | undefined): Set<string> {
	const names = new Set<string>();
	for (const list of ['initContainers', 'containers']) {
		for (const container of items(get(template, 'spec', list))) {
			const name = stringValue(field(container, 'name')?.value);
			if (name) names.add(name);
		}
	}
	return names;
}

/** validateJobSpec for the Job spec at `specPath` (a Job's spec, or a CronJob's jobTemplate.spec). */
function checkJobSpec(context: SemanticContext, spec: Node, specPath: PathSegment[]): void {
	const minor = k8sMinor(context.k8sVersion);
	for (const name of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'backoffLimitPerIndex', 'maxFailedIndexes', 'ttlSecondsAfterFinished']) {
		const f = field(spec, name);
		const value = readInteger(f?.value);
		if (f && value !== undefined && value < 0) report(context, 'semantic/job-spec', `${name} is ${value}; it must be greater than or equal to 0.`, `${name} 为 ${value}；必须大于或等于 0。`, f.locator, [...specPath, name]);
	}
	const templateField = field(spec, 'template');
	const template = templateField?.value;
	const templatePath = [...specPath, 'template'];
	const podSpec = field(template, 'spec');
	const policyField = field(podSpec?.value, 'restartPolicy');
	const policy = stringValue(policyField?.value) ?? 'Always';
	if (template && podSpec?.value && policy !== 'OnFailure' && policy !== 'Never') {
		if (policyField) {
			report(context, 'semantic/job-restart-policy', `restartPolicy "${policy}" is not supported in a Job's Pod template: use OnFailure or Never.`, `Job 的 Pod 模板不支持 restartPolicy“${policy}”：请使用 OnFailure 或 Never。`, policyField.locator, [...templatePath, 'spec', 'restartPolicy']);
		} else {
			report(context, 'semantic/job-restart-policy', 'The Pod template sets no restartPolicy, so it defaults to Always, which a Job does not accept: set restartPolicy: OnFailure or Never.', 'Pod 模板没有设置 restartPolicy，因此默认为 Always，而 Job 不接受该值：请设置 restartPolicy: OnFailure 或 Never。', podSpec.key, [...templatePath, 'spec', 'restartPolicy']);
		}
	}
	const completionsField = field(spec, 'completions');
	const parallelismField = field(spec, 'parallelism');
	let completions = readInteger(completionsField?.value);
	const parallelism = readInteger(parallelismField?.value);
	if (!completionsField && !parallelismField) completions = 1; // SetDefaults_Job
	const modeField = field(spec, 'completionMode');
	const indexed = stringValue(modeField?.value) === 'Indexed';
	if (indexed && minor >= 22) {
		if (completions === undefined && !completionsField) {
			report(context, 'semantic/job-spec', 'completionMode Indexed needs completions: set how many indexes the Job runs.', 'completionMode 为 Indexed 时需要 completions：请设置 Job 要运行的索引数量。', modeField!.locator, [...specPath, 'completions']);
		}
		if (parallelism !== undefined && parallelism > INDEXED_LIMIT) {
			report(context, 'semantic/job-spec', `parallelism ${parallelism} must be at most ${INDEXED_LIMIT} when completionMode is Indexed.`, `completionMode 为 Indexed 时，parallelism ${parallelism} 最多为 ${INDEXED_LIMIT}。`, parallelismField!.locator, [...specPath, 'parallelism']);
		}
	}
	const perIndexField = field(spec, 'backoffLimitPerIndex');
	const perIndex = readInteger(perIndexField?.value);
	if (perIndexField && perIndex !== undefined && !indexed && minor >= 29) {
		report(context, 'semantic/job-spec', 'backoffLimitPerIndex requires completionMode: Indexed.', 'backoffLimitPerIndex 需要 completionMode: Indexed。', perIndexField.key, [...specPath, 'backoffLimitPerIndex']);
	}
	const maxFailedField = field(spec, 'maxFailedIndexes');
	const maxFailed = readInteger(maxFailedField?.value);
	if (maxFailedField && maxFailed !== undefined && minor >= 29) {
		if (perIndex === undefined) report(context, 'semantic/job-spec', 'maxFailedIndexes requires backoffLimitPerIndex.', 'maxFailedIndexes 需要 backoffLimitPerIndex。', maxFailedField.key, [...specPath, 'maxFailedIndexes']);
		else if (indexed && completions !== undefined && maxFailed > completions) report(context, 'semantic/job-spec', `maxFailedIndexes ${maxFailed} must be less than or equal to completions (${completions}).`, `maxFailedIndexes ${maxFailed} 必须小于或等于 completions（${completions}）。`, maxFailedField.locator, [...specPath, 'maxFailedIndexes']);
	}
	const successPolicy = field(spec, 'successPolicy');
	if (successPolicy?.value && asMap(successPolicy.value) && !indexed && minor >= 31) {
		report(context, 'semantic/job-spec', 'successPolicy requires completionMode: Indexed.', 'successPolicy 需要 completionMode: Indexed。', successPolicy.key, [...specPath, 'successPolicy']);
	}
	if (minor >= 26) checkPodFailurePolicy(context, spec, specPath, template, policy, perIndex !== undefined && minor >= 29);
}

function checkPodFailurePolicy(context: SemanticContext, spec: Node, specPath: PathSegment[], template: Node | undefined, restartPolicy: string, perIndex: boolean): void {
	const policyField = field(spec, 'podFailurePolicy');
	if (!policyField?.value || !asMap(policyField.value)) return;
	const path = [...specPath, 'podFailurePolicy'];
	if (restartPolicy === 'OnFailure') {
		const at = get(template, 'spec', 'restartPolicy') ?? policyField.key;
		report(context, 'semantic/pod-failure-policy', 'podFailurePolicy needs restartPolicy: Never in the Pod template (it is OnFailure).', '使用 podFailurePolicy 时，Pod 模板的 restartPolicy 必须为 Never（当前为 OnFailure）。', at, [...specPath, 'template', 'spec', 'restartPolicy']);
	}
	const replacement = field(spec, 'podReplacementPolicy');
	const replacementValue = stringValue(replacement?.value);
	if (replacement && replacementValue !== undefined && replacementValue !== 'Failed') {
		report(context, 'semantic/pod-failure-policy', `podReplacementPolicy must be Failed when podFailurePolicy is set (it is ${replacementValue}).`, `设置 podFailurePolicy 时，podReplacementPolicy 必须为 Failed（当前为 ${replacementValue}）。`, replacement.locator, [...specPath, 'podReplacementPolicy']);
	}
	const names = containerNames(template);
	const rulesField = field(policyField.value, 'rules');
	const ruleNodes = items(rulesField?.value);
	if (ruleNodes.length > 20) report(context, 'semantic/pod-failure-policy', `podFailurePolicy has ${ruleNodes.length} rules; at most 20 are allowed.`, `podFailurePolicy 有 ${ruleNodes.length} 条规则；最多允许 20 条。`, rulesField!.key, [...path, 'rules']);
	ruleNodes.forEach((rule, index) => {
		const rulePath = [...path, 'rules', index];
		const actionField = field(rule, 'action');
		if (stringValue(actionField?.value) === 'FailIndex' && !perIndex) {
			report(context, 'semantic/pod-failure-policy', 'action FailIndex requires backoffLimitPerIndex.', 'action 为 FailIndex 时需要 backoffLimitPerIndex。', actionField!.locator, [...rulePath, 'action']);
		}
		const onExitCodes = field(rule, 'onExitCodes');
		const onPodConditions = field(rule, 'onPodConditions');
		const hasExit = !!onExitCodes?.value && scalarValue(onExitCodes.value) !== null;
		const hasConditions = !!onPodConditions?.value && scalarValue(onPodConditions.value) !== null;
		if (hasExit === hasConditions) {
			const at = hasExit ? onPodConditions!.key : (asMap(rule)?.items[0]?.key as Node | undefined) ?? rule;
			report(
				context,
				'semantic/pod-failure-policy',
				hasExit ? 'A rule may not have both onExitCodes and onPodConditions.' : 'A rule needs one of onExitCodes or onPodConditions.',
				hasExit ? '一条规则不能同时有 onExitCodes 和 onPodConditions。' : '一条规则需要 onExitCodes 或 onPodConditions 之一。',
				at,
				hasExit ? [...rulePath, 'onPodConditions'] : rulePath,
			);
		}
		if (hasExit) {
			const exitPath = [...rulePath, 'onExitCodes'];
			const containerField = field(onExitCodes!.value, 'containerName');
			const containerName = stringValue(containerField?.value);
			if (containerField && containerName !== undefined && !names.has(containerName)) {
				report(context, 'semantic/pod-failure-policy', `containerName "${containerName}" must be one of the container or initContainer names in the Pod template.`, `containerName“${containerName}”必须是 Pod 模板中某个容器或 Init 容器的名称。`, containerField.locator, [...exitPath, 'containerName']);
			}
			const operator = stringValue(field(onExitCodes!.value, 'operator')?.value);
			const valuesField = field(onExitCodes!.value, 'values');
			const values = items(valuesField?.value);
			if (valuesField && values.length === 0) report(context, 'semantic/pod-failure-policy', 'onExitCodes.values needs at least one exit code.', 'onExitCodes.values 至少需要一个退出码。', valuesField.locator, [...exitPath, 'values']);
			if (values.length > 255) report(context, 'semantic/pod-failure-policy', `onExitCodes.values has ${values.length} exit codes; at most 255 are allowed.`, `onExitCodes.values 有 ${values.length} 个退出码；最多允许 255 个。`, valuesField!.key, [...exitPath, 'values']);
			const seen = new Set<number>();
			let previous: number | undefined;
			let ordered = true;
			values.forEach((node, j) => {
				const value = readInteger(node);
				if (value === undefined) return;
				if (operator === 'In' && value === 0) report(context, 'semantic/pod-failure-policy', 'Exit code 0 may not be listed for the In operator (a Pod that exited 0 succeeded).', 'In 运算符不能列出退出码 0（以 0 退出的 Pod 已成功）。', node, [...exitPath, 'values', j]);
				if (seen.has(value)) report(context, 'semantic/pod-failure-policy', `Exit code ${value} is listed twice.`, `退出码 ${value} 重复列出。`, node, [...exitPath, 'values', j]);
				seen.add(value);
				if (previous !== undefined && previous > value) ordered = false;
				previous = value;
			});
			if (!ordered) report(context, 'semantic/pod-failure-policy', 'onExitCodes.values must be in ascending order.', 'onExitCodes.values 必须按升序排列。', valuesField!.key, [...exitPath, 'values']);
		}
		if (hasConditions) {
			items(onPodConditions!.value).forEach((pattern, j) => {
				const patternPath = [...rulePath, 'onPodConditions', j];
				const statusField = field(pattern, 'status');
				const status = stringValue(statusField?.value);
				if (statusField && status !== undefined && !['True', 'False', 'Unknown'].includes(status)) {
					report(context, 'semantic/pod-failure-policy', `Condition status "${status}" is not supported: use True, False or Unknown.`, `不支持状况状态“${status}”：请使用 True、False 或 Unknown。`, statusField.locator, [...patternPath, 'status']);
				}
				const typeField = field(pattern, 'type');
				const type = stringValue(typeField?.value);
				const problem = type !== undefined ? qualifiedNameProblem(type) : undefined;
				if (problem) report(context, 'semantic/pod-failure-policy', `Condition type "${type}" is invalid: ${problem.en}.`, `状况类型“${type}”无效：${problem.zh}。`, typeField!.locator, [...patternPath, 'type']);
			});
		}
	});
}

function validateJob(context: SemanticContext): void {
	const specField = field(context.object.node, 'spec');
	const spec = specField?.value;
	if (!spec || !asMap(spec)) return;
	checkJobSpec(context, spec, ['spec']);
	const selector = field(spec, 'selector');
	checkLabelSelector(context, selector, ['spec', 'selector']);
	if (selector?.value && readBoolean(field(spec, 'manualSelector')?.value) !== true) {
		// generateSelector adds controller-uid (the object's UID, unknown before creation) and job-name labels;
		// any other label in the selector then fails ValidateGeneratedSelector.
		const name = context.object.name;
		const matchLabels = asMap(field(selector.value, 'matchLabels')?.value);
		const foreign = matchLabels
			? fields(matchLabels).find((f) => {
					const value = String(scalarValue(f.value));
					if (f.name === 'job-name' || f.name === 'batch.kubernetes.io/job-name') return value !== name;
					return true;
				})
			: undefined;
		if (foreign) {
			report(
				context,
				'semantic/job-selector',
				`spec.selector is generated by the API server (from controller-uid); "${foreign.name}" here makes it fail. Remove spec.selector, or set manualSelector: true to manage the selector yourself.`,
				`spec.selector 由 API 服务器（根据 controller-uid）生成；这里的“${foreign.name}”会导致校验失败。请删除 spec.selector，或设置 manualSelector: true 自行管理选择器。`,
				selector.key,
				['spec', 'selector'],
			);
		}
	}
}

function validateCronJob(context: SemanticContext): void {
	const spec = field(context.object.node, 'spec')?.value;
	if (!spec || !asMap(spec)) return;
	for (const name of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
		const f = field(spec, name);
		const value = readInteger(f?.value);
		if (f && value !== undefined && value < 0) report(context, 'semantic/cronjob-spec', `${name} is ${value}; it must be greater than or equal to 0.`, `${name} 为 ${value}；必须大于或等于 0。`, f.locator, ['spec', name]);
	}
	const scheduleField = field(spec, 'schedule');
	const schedule = stringValue(scheduleField?.value);
	const timeZoneField = field(spec, 'timeZone');
	if (scheduleField && schedule !== undefined) {
		const error = scheduleError(schedule);
		if (error) {
			const where = error.field ? ` (in the ${error.field} field)` : '';
			const whereZh = error.field ? `（位于${zhField(error.field)}字段）` : '';
			report(context, 'semantic/cron-schedule', `Schedule "${schedule}" is invalid: ${error.message}${where}. Use five fields (minute hour day-of-month month day-of-week), e.g. "*/5 * * * *", or a macro such as @hourly.`, `调度表达式“${schedule}”无效：${error.message}${whereZh}。请使用五个字段（分 时 日 月 星期），例如“*/5 * * * *”，或 @hourly 等宏。`, scheduleField.locator, ['spec', 'schedule']);
		}
		if (schedule.includes('TZ') && k8sMinor(context.k8sVersion) >= 27) {
			report(context, 'semantic/cron-schedule', 'TZ or CRON_TZ cannot be used in the schedule: put the time zone in spec.timeZone instead.', '调度表达式中不能使用 TZ 或 CRON_TZ：请把时区写在 spec.timeZone 中。', scheduleField.locator, ['spec', 'schedule']);
		}
	}
	if (timeZoneField && k8sMinor(context.k8sVersion) >= 25) {
		const zone = stringValue(timeZoneField.value);
		if (zone !== undefined) {
			let problem: [string, string] | undefined;
			if (zone === '') problem = ['timeZone must be left out or be a non-empty time zone name.', 'timeZone 要么不写，要么是非空的时区名称。'];
			else if (timeZoneSyntaxOk(zone) && zone.toLowerCase() === 'local') problem = ['timeZone must be an explicit IANA time zone, not "Local".', 'timeZone 必须是明确的 IANA 时区，不能是“Local”。'];
			else if (!timeZoneSyntaxOk(zone) || !isKnownTimeZone(zone)) problem = [`unknown time zone "${zone}": use an IANA name such as Europe/Berlin or America/New_York.`, `未知的时区“${zone}”：请使用 IANA 名称，例如 Europe/Berlin 或 Asia/Shanghai。`];
			if (problem) report(context, 'semantic/cron-time-zone', problem[0], problem[1], timeZoneField.locator, ['spec', 'timeZone']);
		}
	}
	const jobTemplate = field(spec, 'jobTemplate')?.value;
	const jobSpec = field(jobTemplate, 'spec')?.value;
	if (!jobSpec || !asMap(jobSpec)) return;
	const jobSpecPath = ['spec', 'jobTemplate', 'spec'];
	checkJobSpec(context, jobSpec, jobSpecPath);
	const selector = field(jobSpec, 'selector');
	if (selector?.value && scalarValue(selector.value) !== null) {
		report(context, 'semantic/job-selector', 'A CronJob\'s jobTemplate may not set selector: it is generated for each Job.', 'CronJob 的 jobTemplate 不能设置 selector：它会为每个 Job 自动生成。', selector.key, [...jobSpecPath, 'selector']);
	}
	const manual = field(jobSpec, 'manualSelector');
	if (readBoolean(manual?.value) === true) {
		report(context, 'semantic/job-selector', 'manualSelector: true is not supported in a CronJob\'s jobTemplate.', 'CronJob 的 jobTemplate 不支持 manualSelector: true。', manual!.locator, [...jobSpecPath, 'manualSelector']);
	}
}

function zhField(name: string): string {
	return ({ minute: '分', hour: '时', 'day of month': '日', month: '月', 'day of week': '星期' } as Record<string, string>)[name] ?? name;
}

export const validators: Record<string, SemanticValidator> = {
	'batch/Job': validateJob,
	'batch/CronJob': validateCronJob,
};
