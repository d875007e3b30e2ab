// Deployment, ReplicaSet, StatefulSet, DaemonSet and ReplicationController specs as kube-apiserver validates
// them (pkg/apis/apps/validation/validation.go, pkg/apis/core/validation ValidateReplicationControllerSpec),
// after the apps/v1 defaults (pkg/apis/apps/v1/defaults.go): a Deployment's rolling update defaults to 25% /
// 25% and its progressDeadlineSeconds to 600; a DaemonSet's to maxUnavailable 1 and maxSurge 0; every
// template's restartPolicy to Always. The selector matching its template is cross/selector-mismatch.
import type { Node } from 'yaml';
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { LocalizedText } from '../types.ts';
import { asMap, field, get, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { checkLabelSelector } from './label-selector.ts';
import { isValidPercent, k8sMinor, readInteger, readIntOrString } from './values.ts';
import type { IntOrString } from './values.ts';

const A = 'pkg/apis/apps/validation/validation.go';

export const rules: RuleInfo[] = [
	semanticRule('semantic/negative-count', 'error', ['Negative count', '计数为负'], [
		'replicas, minReadySeconds, revisionHistoryLimit, progressDeadlineSeconds and a StatefulSet\'s partition and ordinals.start may not be negative (0 is allowed).',
		'replicas、minReadySeconds、revisionHistoryLimit、progressDeadlineSeconds 以及 StatefulSet 的 partition 和 ordinals.start 都不能为负（可以为 0）。',
	], `${A} ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec (ValidateNonnegativeField)`),
	semanticRule('semantic/progress-deadline', 'error', ['progressDeadlineSeconds not above minReadySeconds', 'progressDeadlineSeconds 不大于 minReadySeconds'], [
		'A Deployment\'s progressDeadlineSeconds (600 when not set) must be greater than minReadySeconds, or every rollout would be reported as stalled.',
		'Deployment 的 progressDeadlineSeconds（未设置时为 600）必须大于 minReadySeconds，否则每次上线都会被判定为停滞。',
	], `${A} ValidateDeploymentSpec`),
	semanticRule('semantic/rolling-update', 'error', ['Invalid rolling update', '滚动更新参数无效'], [
		'maxSurge and maxUnavailable are non-negative integers or percentages ("25%"), maxUnavailable at most 100%; a Deployment needs one of them above zero (both default to 25%); a DaemonSet needs exactly one above zero (maxUnavailable defaults to 1, maxSurge to 0); rollingUpdate is not allowed with Recreate or OnDelete.',
		'maxSurge 和 maxUnavailable 是非负整数或百分比（“25%”），maxUnavailable 不超过 100%；Deployment 至少要有一个大于零（两者默认都是 25%）；DaemonSet 必须恰好有一个大于零（maxUnavailable 默认为 1，maxSurge 默认为 0）；Recreate 或 OnDelete 策略下不能设置 rollingUpdate。',
	], `${A} ValidateRollingUpdateDeployment, ValidateDeploymentStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec`),
	semanticRule('semantic/template-restart-policy', 'error', ['Template restartPolicy not Always', '模板的 restartPolicy 不是 Always'], [
		'Controllers that keep Pods running (Deployment, ReplicaSet, StatefulSet, DaemonSet, ReplicationController) accept only restartPolicy: Always in their Pod template — the default. Use a Job for run-to-completion work.',
		'让 Pod 持续运行的控制器（Deployment、ReplicaSet、StatefulSet、DaemonSet、ReplicationController）的 Pod 模板只接受 restartPolicy: Always（即默认值）。一次性任务请使用 Job。',
	], `${A} ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec; pkg/apis/core/validation/validation.go ValidatePodTemplateSpecForRC`),
	semanticRule('semantic/template-active-deadline', 'error', ['activeDeadlineSeconds in a long-running template', '长期运行的模板中设置了 activeDeadlineSeconds'], [
		'activeDeadlineSeconds would kill the Pods of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController after a fixed time, so their templates may not set it.',
		'activeDeadlineSeconds 会在固定时间后终止 Deployment、ReplicaSet、StatefulSet、DaemonSet 或 ReplicationController 的 Pod，因此这些模板不能设置它。',
	], `${A} ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec`),
	semanticRule('semantic/statefulset-spec', 'error', ['Invalid StatefulSet policy', 'StatefulSet 策略无效'], [
		'persistentVolumeClaimRetentionPolicy.whenDeleted and whenScaled are Retain (the default) or Delete.',
		'persistentVolumeClaimRetentionPolicy.whenDeleted 和 whenScaled 只能是 Retain（默认值）或 Delete。',
	], `${A} ValidatePersistentVolumeClaimRetentionPolicy`),
];

/** Reads an int-or-string and says why it is not a non-negative int or a percentage (ValidatePositiveIntOrPercent). */
function intOrPercentProblem(value: IntOrString): LocalizedText | undefined {
	if (value.type === 'int') return value.value < 0 ? text(`must be greater than or equal to 0 (it is ${value.value})`, `必须大于或等于 0（当前为 ${value.value}）`) : undefined;
	return isValidPercent(value.value) ? undefined : text(`must be an integer or a percentage such as "25%" (it is "${value.value}")`, `必须是整数或百分比，例如“25%”（当前为“${value.value}”）`);
}

/** getIntOrPercentValue: the number, whether it is a count or a percentage. */
function intOrPercentNumber(value: IntOrString): number {
	if (value.type === 'int') return value.value;
	return isValidPercent(value.value) ? Number(value.value.slice(0, -1)) : 0;
}

function over100(value: IntOrString): boolean {
	return value.type === 'string' && isValidPercent(value.value) && Number(value.value.slice(0, -1)) > 100;
}

export function checkNonNegative(context: SemanticContext, holder: Node | undefined, name: string, path: PathSegment[]): void {
	const f = field(holder, name);
	const value = readInteger(f?.value);
	if (f && value !== undefined && value < 0) {
		context.report('semantic/negative-count', text(`${name} is ${value}; it must be greater than or equal to 0.`, `${name} 为 ${value}；必须大于或等于 0。`), f.locator, [...path, name]);
	}
}

/** ValidateLabelSelector for a metav1.LabelSelector at `selector`. */

function checkTemplate(context: SemanticContext, templatePath: PathSegment[]): void {
	const { object } = context;
	const spec = get(object.node, ...templatePath, 'spec');
	if (!spec || !asMap(spec)) return;
	const specPath = [...templatePath, 'spec'];
	const policyField = field(spec, 'restartPolicy');
	const policy = stringValue(policyField?.value) ?? 'Always'; // SetDefaults_PodSpec
	if (policyField && policy !== 'Always') {
		context.report(
			'semantic/template-restart-policy',
			text(`restartPolicy "${policy}" is not supported in a ${object.kind} template: only Always (the default) is. For run-to-completion work use a Job.`, `${object.kind} 模板不支持 restartPolicy“${policy}”：只支持 Always（默认值）。一次性任务请使用 Job。`),
			policyField.locator,
			[...specPath, 'restartPolicy'],
		);
	}
	const deadline = field(spec, 'activeDeadlineSeconds');
	if (deadline && scalarValue(deadline.value) !== null && deadline.value) {
		context.report('semantic/template-active-deadline', text(`activeDeadlineSeconds is not supported in a ${object.kind} template.`, `${object.kind} 模板不支持 activeDeadlineSeconds。`), deadline.key, [...specPath, 'activeDeadlineSeconds']);
	}
}

function validateDeployment(context: SemanticContext): void {
	const spec = field(context.object.node, 'spec')?.value;
	if (!spec || !asMap(spec)) return;
	for (const name of ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds']) checkNonNegative(context, spec, name, ['spec']);
	checkLabelSelector(context, field(spec, 'selector'), ['spec', 'selector']);
	checkTemplate(context, ['spec', 'template']);
	const minReady = readInteger(field(spec, 'minReadySeconds')?.value) ?? 0;
	const deadlineField = field(spec, 'progressDeadlineSeconds');
	const deadline = readInteger(deadlineField?.value) ?? 600; // SetDefaults_Deployment
	if (deadline >= 0 && deadline <= minReady) {
		const at = deadlineField?.locator ?? field(spec, 'minReadySeconds')!.locator;
		context.report(
			'semantic/progress-deadline',
			text(`progressDeadlineSeconds (${deadline}${deadlineField ? '' : ', the default'}) must be greater than minReadySeconds (${minReady}).`, `progressDeadlineSeconds（${deadline}${deadlineField ? '' : '，默认值'}）必须大于 minReadySeconds（${minReady}）。`),
			at,
			deadlineField ? ['spec', 'progressDeadlineSeconds'] : ['spec', 'minReadySeconds'],
		);
	}
	const strategyField = field(spec, 'strategy');
	const strategy = strategyField?.value;
	const type = stringValue(field(strategy, 'type')?.value) ?? 'RollingUpdate';
	const rolling = field(strategy, 'rollingUpdate');
	const path: PathSegment[] = ['spec', 'strategy', 'rollingUpdate'];
	if (type === 'Recreate') {
		if (rolling?.value && scalarValue(rolling.value) !== null) context.report('semantic/rolling-update', text('rollingUpdate may not be set when the strategy type is Recreate.', '策略类型为 Recreate 时不能设置 rollingUpdate。'), rolling.key, path);
		return;
	}
	if (type !== 'RollingUpdate') return; // an unknown type is the schema's enum error
	const surge = readSetting(context, rolling?.value, 'maxSurge', path);
	const unavailable = readSetting(context, rolling?.value, 'maxUnavailable', path);
	if (unavailable.value && over100(unavailable.value)) {
		context.report('semantic/rolling-update', text(`maxUnavailable ${JSON.stringify(unavailable.value.value)} must not be greater than 100%.`, `maxUnavailable ${JSON.stringify(unavailable.value.value)} 不能大于 100%。`), unavailable.at!, [...path, 'maxUnavailable']);
	}
	const surgeNumber = surge.value ? intOrPercentNumber(surge.value) : 25;
	const unavailableNumber = unavailable.value ? intOrPercentNumber(unavailable.value) : 25;
	if (surgeNumber === 0 && unavailableNumber === 0 && (surge.at || unavailable.at)) {
		context.report(
			'semantic/rolling-update',
			text('maxUnavailable and maxSurge are both 0: a rolling update could neither remove an old Pod nor add a new one. Make one of them greater than 0 (both default to 25%).', 'maxUnavailable 和 maxSurge 都为 0：滚动更新既不能删除旧 Pod，也不能添加新 Pod。请让其中之一大于 0（两者默认都是 25%）。'),
			(unavailable.at ?? surge.at)!,
			[...path, unavailable.at ? 'maxUnavailable' : 'maxSurge'],
		);
	}
}

/** One of maxSurge / maxUnavailable: reports a malformed value and returns it (undefined when unset or malformed). */
function readSetting(context: SemanticContext, rolling: Node | undefined, name: string, path: PathSegment[]): { value?: IntOrString; at?: Node } {
	const f = field(rolling, name);
	if (!f) return {};
	const value = readIntOrString(f.value);
	if (!value) return {};
	const problem = intOrPercentProblem(value);
	if (problem) {
		context.report('semantic/rolling-update', text(`${name} ${problem.en}.`, `${name} ${problem.zh}。`), f.locator, [...path, name]);
		return {};
	}
	return { value, at: f.locator };
}

function validateReplicaSet(context: SemanticContext): void {
	const spec = field(context.object.node, 'spec')?.value;
	if (!spec || !asMap(spec)) return;
	for (const name of ['replicas', 'minReadySeconds']) checkNonNegative(context, spec, name, ['spec']);
	if (context.object.kind === 'ReplicaSet') checkLabelSelector(context, field(spec, 'selector'), ['spec', 'selector']);
	checkTemplate(context, ['spec', 'template']);
}

function validateDaemonSet(context: SemanticContext): void {
	const spec = field(context.object.node, 'spec')?.value;
	if (!spec || !asMap(spec)) return;
	for (const name of ['minReadySeconds', 'revisionHistoryLimit']) checkNonNegative(context, spec, name, ['spec']);
	checkLabelSelector(context, field(spec, 'selector'), ['spec', 'selector']);
	checkTemplate(context, ['spec', 'template']);
	const strategy = field(spec, 'updateStrategy')?.value;
	const type = stringValue(field(strategy, 'type')?.value) ?? 'RollingUpdate';
	const rolling = field(strategy, 'rollingUpdate');
	const path: PathSegment[] = ['spec', 'updateStrategy', 'rollingUpdate'];
	if (type !== 'RollingUpdate') return; // OnDelete ignores rollingUpdate; unknown types are the schema's
	if (k8sMinor(context.k8sVersion) < 22) return; // before DaemonSetUpdateSurge (beta in 1.22) maxSurge is dropped
	const surge = readSetting(context, rolling?.value, 'maxSurge', path);
	const unavailable = readSetting(context, rolling?.value, 'maxUnavailable', path);
	for (const [name, setting] of [['maxSurge', surge], ['maxUnavailable', unavailable]] as const) {
		if (setting.value && over100(setting.value)) context.report('semantic/rolling-update', text(`${name} ${JSON.stringify(setting.value.value)} must not be greater than 100%.`, `${name} ${JSON.stringify(setting.value.value)} 不能大于 100%。`), setting.at!, [...path, name]);
	}
	if (!surge.at && !unavailable.at) return;
	const surgeNumber = surge.value ? intOrPercentNumber(surge.value) : field(rolling?.value, 'maxSurge') ? undefined : 0; // SetDefaults_DaemonSet
	const unavailableNumber = unavailable.value ? intOrPercentNumber(unavailable.value) : field(rolling?.value, 'maxUnavailable') ? undefined : 1;
	if (surgeNumber === undefined || unavailableNumber === undefined) return; // a malformed value was reported above
	if (surgeNumber !== 0 && unavailableNumber !== 0) {
		context.report(
			'semantic/rolling-update',
			text(
				`maxSurge may not be set when maxUnavailable is non-zero (it is ${unavailable.value ? JSON.stringify(unavailable.value.value) : '1, the default'}); set maxUnavailable: 0 to surge.`,
				`maxUnavailable 不为零时（${unavailable.value ? `当前为 ${JSON.stringify(unavailable.value.value)}` : '当前为默认值 1'}）不能设置 maxSurge；若要使用 maxSurge，请设置 maxUnavailable: 0。`,
			),
			surge.at ?? unavailable.at!,
			[...path, 'maxSurge'],
		);
	} else if (surgeNumber === 0 && unavailableNumber === 0) {
		context.report('semantic/rolling-update', text('maxUnavailable cannot be 0 when maxSurge is 0: the DaemonSet could never replace a Pod.', 'maxSurge 为 0 时 maxUnavailable 不能为 0：DaemonSet 将无法替换任何 Pod。'), unavailable.at ?? surge.at!, [...path, 'maxUnavailable']);
	}
}

function validateStatefulSet(context: SemanticContext): void {
	const spec = field(context.object.node, 'spec')?.value;
	if (!spec || !asMap(spec)) return;
	for (const name of ['replicas', 'minReadySeconds', 'revisionHistoryLimit']) checkNonNegative(context, spec, name, ['spec']);
	if (k8sMinor(context.k8sVersion) >= 27) checkNonNegative(context, field(spec, 'ordinals')?.value, 'start', ['spec', 'ordinals']);
	checkLabelSelector(context, field(spec, 'selector'), ['spec', 'selector']);
	checkTemplate(context, ['spec', 'template']);
	const strategy = field(spec, 'updateStrategy')?.value;
	const type = stringValue(field(strategy, 'type')?.value) ?? 'RollingUpdate';
	const rolling = field(strategy, 'rollingUpdate');
	if (type === 'OnDelete' && rolling?.value && scalarValue(rolling.value) !== null) {
		context.report('semantic/rolling-update', text('rollingUpdate is only allowed for updateStrategy type RollingUpdate (it is OnDelete).', '只有 updateStrategy 类型为 RollingUpdate 时才允许设置 rollingUpdate（当前为 OnDelete）。'), rolling.key, ['spec', 'updateStrategy', 'rollingUpdate']);
	} else if (type === 'RollingUpdate') {
		checkNonNegative(context, rolling?.value, 'partition', ['spec', 'updateStrategy', 'rollingUpdate']);
	}
	const retention = k8sMinor(context.k8sVersion) >= 27 ? field(spec, 'persistentVolumeClaimRetentionPolicy')?.value : undefined;
	for (const name of ['whenDeleted', 'whenScaled']) {
		const f = field(retention, name);
		const value = stringValue(f?.value);
		if (f && value !== undefined && value !== 'Retain' && value !== 'Delete') {
			context.report('semantic/statefulset-spec', text(`${name} "${value}" is not supported: use Retain or Delete.`, `不支持 ${name}“${value}”：请使用 Retain 或 Delete。`), f.locator, ['spec', 'persistentVolumeClaimRetentionPolicy', name]);
		}
	}
}

function validateReplicationController(context: SemanticContext): void {
	validateReplicaSet(context);
}

export const validators: Record<string, SemanticValidator> = {
	'apps/Deployment': validateDeployment,
	'apps/ReplicaSet': validateReplicaSet,
	'apps/DaemonSet': validateDaemonSet,
	'apps/StatefulSet': validateStatefulSet,
	'/ReplicationController': validateReplicationController,
};
