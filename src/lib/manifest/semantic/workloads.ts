// Deployment, ReplicaSet, StatefulSet, DaemonSet and ReplicationController specs as kube-apiserver validates
// them (pkg/apis/apps/validation/validation.go, pkg/apis/core/validation ValidateReplicationControllerSpec),
// after the apps/v1 defaults (pkg/apis/apps/v1/defaults.go): a Deployment's rolling update defaults to 25% /
// 25% and its progressDeadlineSeconds to 600; a DaemonSet's to maxUnavailable 1 and maxSurge 0; every
// template's restartPolicy to Always. The selector matching its template is cross/selector-mismatch.
import type { Node } from 'yaml';
import { asMap, field, get, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { checkLabelSelector } from './label-selector.ts';
import { isValidPercent, k8sMinor, readInteger, readIntOrString } from './values.ts';
import type { IntOrString } from './values.ts';
import { message, type ManifestMessage } from '../message.ts';

const A = 'pkg/apis/apps/validation/validation.go';

export const rules = [
	semanticRule(
		'semantic/negative-count',
		'error',
		`${A} ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec (ValidateNonnegativeField)`,
	),
	semanticRule('semantic/progress-deadline', 'error', `${A} ValidateDeploymentSpec`),
	semanticRule(
		'semantic/rolling-update',
		'error',
		`${A} ValidateRollingUpdateDeployment, ValidateDeploymentStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec`,
	),
	semanticRule(
		'semantic/template-restart-policy',
		'error',
		`${A} ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec; pkg/apis/core/validation/validation.go ValidatePodTemplateSpecForRC`,
	),
	semanticRule('semantic/template-active-deadline', 'error', `${A} ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec`),
	semanticRule('semantic/statefulset-spec', 'error', `${A} ValidatePersistentVolumeClaimRetentionPolicy`),
];

/** Reads an int-or-string and says why it is not a non-negative int or a percentage (ValidatePositiveIntOrPercent). */
function intOrPercentProblem(value: IntOrString): ManifestMessage | undefined {
	if (value.type === 'int') return value.value < 0 ? message('fragment/int-or-percent-problem', { value: value.value }) : undefined;
	return isValidPercent(value.value) ? undefined : message('fragment/int-or-percent-problem:must-be-an-integer-or', { value: value.value });
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
		context.report('semantic/negative-count', message('semantic/negative-count', { name, value }), f.locator, [...path, name]);
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
		context.report('semantic/template-restart-policy', message('semantic/template-restart-policy', { policy, kind: object.kind }), policyField.locator, [
			...specPath,
			'restartPolicy',
		]);
	}
	const deadline = field(spec, 'activeDeadlineSeconds');
	if (deadline && scalarValue(deadline.value) !== null && deadline.value) {
		context.report('semantic/template-active-deadline', message('semantic/template-active-deadline', { kind: object.kind }), deadline.key, [
			...specPath,
			'activeDeadlineSeconds',
		]);
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
			message('semantic/progress-deadline', { deadline, hasDeadlineField: !!deadlineField, minReady }),
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
		if (rolling?.value && scalarValue(rolling.value) !== null) context.report('semantic/rolling-update', message('semantic/rolling-update'), rolling.key, path);
		return;
	}
	if (type !== 'RollingUpdate') return; // an unknown type is the schema's enum error
	const surge = readSetting(context, rolling?.value, 'maxSurge', path);
	const unavailable = readSetting(context, rolling?.value, 'maxUnavailable', path);
	if (unavailable.value && over100(unavailable.value)) {
		context.report(
			'semantic/rolling-update',
			message('semantic/rolling-update:max-unavailable-must-not-be-greater', { value: JSON.stringify(unavailable.value.value) }),
			unavailable.at!,
			[...path, 'maxUnavailable'],
		);
	}
	const surgeNumber = surge.value ? intOrPercentNumber(surge.value) : 25;
	const unavailableNumber = unavailable.value ? intOrPercentNumber(unavailable.value) : 25;
	if (surgeNumber === 0 && unavailableNumber === 0 && (surge.at || unavailable.at)) {
		context.report('semantic/rolling-update', message('semantic/rolling-update:max-unavailable-and-max-surge-are-both'), (unavailable.at ?? surge.at)!, [
			...path,
			unavailable.at ? 'maxUnavailable' : 'maxSurge',
		]);
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
		context.report('semantic/rolling-update', message('semantic/rolling-update:other', { name, problem }), f.locator, [...path, name]);
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
	for (const [name, setting] of [
		['maxSurge', surge],
		['maxUnavailable', unavailable],
	] as const) {
		if (setting.value && over100(setting.value))
			context.report(
				'semantic/rolling-update',
				message('semantic/rolling-update:must-not-be-greater-than', { name, value: JSON.stringify(setting.value.value) }),
				setting.at!,
				[...path, name],
			);
	}
	if (!surge.at && !unavailable.at) return;
	const surgeNumber = surge.value ? intOrPercentNumber(surge.value) : field(rolling?.value, 'maxSurge') ? undefined : 0; // SetDefaults_DaemonSet
	const unavailableNumber = unavailable.value ? intOrPercentNumber(unavailable.value) : field(rolling?.value, 'maxUnavailable') ? undefined : 1;
	if (surgeNumber === undefined || unavailableNumber === undefined) return; // a malformed value was reported above
	if (surgeNumber !== 0 && unavailableNumber !== 0) {
		context.report(
			'semantic/rolling-update',
			message('semantic/rolling-update:max-surge-may-not-be-set', {
				hasValue: !!unavailable.value,
				value: unavailable.value ? JSON.stringify(unavailable.value.value) : undefined,
			}),
			surge.at ?? unavailable.at!,
			[...path, 'maxSurge'],
		);
	} else if (surgeNumber === 0 && unavailableNumber === 0) {
		context.report('semantic/rolling-update', message('semantic/rolling-update:max-unavailable-cannot-be-when-max-surge'), unavailable.at ?? surge.at!, [
			...path,
			'maxUnavailable',
		]);
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
		context.report('semantic/rolling-update', message('semantic/rolling-update:rolling-update-is-only-allowed-for'), rolling.key, ['spec', 'updateStrategy', 'rollingUpdate']);
	} else if (type === 'RollingUpdate') {
		checkNonNegative(context, rolling?.value, 'partition', ['spec', 'updateStrategy', 'rollingUpdate']);
	}
	const retention = k8sMinor(context.k8sVersion) >= 27 ? field(spec, 'persistentVolumeClaimRetentionPolicy')?.value : undefined;
	for (const name of ['whenDeleted', 'whenScaled']) {
		const f = field(retention, name);
		const value = stringValue(f?.value);
		if (f && value !== undefined && value !== 'Retain' && value !== 'Delete') {
			context.report('semantic/statefulset-spec', message('semantic/statefulset-spec', { name, value }), f.locator, ['spec', 'persistentVolumeClaimRetentionPolicy', name]);
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
