// Jobs and CronJobs as kube-apiserver validates them (pkg/apis/batch/validation/validation.go), after the
// batch/v1 and core/v1 defaults: a Job with neither completions nor parallelism gets 1 and 1
// (SetDefaults_Job); its template's restartPolicy defaults to Always like every Pod template
// (SetDefaults_PodSpec) — which a Job refuses, so a Job must say OnFailure or Never.
import type { Node } from 'yaml';
import { asMap, field, fields, get, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { isKnownTimeZone, scheduleError, timeZoneSyntaxOk } from './cron-schedule.ts';
import { semanticRule } from './define-rule.ts';
import { k8sMinor, qualifiedNameProblem, readBoolean, readInteger } from './values.ts';
import { checkLabelSelector } from './label-selector.ts';
import { message, type ManifestMessage } from '../message.ts';
import type { RuleId } from '../rule-catalogue.ts';

const B = 'pkg/apis/batch/validation/validation.go';
/** maxParallelismForIndexedJob / completionsSoftLimit. */
const INDEXED_LIMIT = 100000;

export const rules = [
	semanticRule('semantic/job-restart-policy', 'error', `${B} validateJobSpec`),
	semanticRule('semantic/job-spec', 'error', `${B} validateJobSpec, validateCompletions`),
	semanticRule('semantic/job-selector', 'error', `${B} ValidateGeneratedSelector, validateJobTemplateSpec; pkg/registry/batch/job/strategy.go generateSelector`),
	semanticRule('semantic/pod-failure-policy', 'error', `${B} validatePodFailurePolicy, validatePodFailurePolicyRule, validatePodFailurePolicyRuleOnExitCodes`),
	semanticRule('semantic/cron-schedule', 'error', `${B} validateScheduleFormat (github.com/robfig/cron/v3 ParseStandard)`),
	semanticRule('semantic/cron-time-zone', 'error', `${B} validateTimeZone`),
	semanticRule('semantic/cronjob-spec', 'error', `${B} validateCronJobSpec`),
];

function report(context: SemanticContext, rule: RuleId, words: ManifestMessage, at: Node, path: PathSegment[]): void {
	context.report(rule, words, at, path);
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
		if (f && value !== undefined && value < 0) report(context, 'semantic/job-spec', message('semantic/job-spec', { name, value }), f.locator, [...specPath, name]);
	}
	const templateField = field(spec, 'template');
	const template = templateField?.value;
	const templatePath = [...specPath, 'template'];
	const podSpec = field(template, 'spec');
	const policyField = field(podSpec?.value, 'restartPolicy');
	const policy = stringValue(policyField?.value) ?? 'Always';
	if (template && podSpec?.value && policy !== 'OnFailure' && policy !== 'Never') {
		if (policyField) {
			report(context, 'semantic/job-restart-policy', message('semantic/job-restart-policy', { policy }), policyField.locator, [...templatePath, 'spec', 'restartPolicy']);
		} else {
			report(context, 'semantic/job-restart-policy', message('semantic/job-restart-policy:the-pod-template-sets-no'), podSpec.key, [...templatePath, 'spec', 'restartPolicy']);
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
			report(context, 'semantic/job-spec', message('semantic/job-spec:completion-mode-indexed-needs-completion'), modeField!.locator, [...specPath, 'completions']);
		}
		if (parallelism !== undefined && parallelism > INDEXED_LIMIT) {
			report(context, 'semantic/job-spec', message('semantic/job-spec:parallelism-must-be-at-most', { parallelism, INDEXED_LIMIT }), parallelismField!.locator, [
				...specPath,
				'parallelism',
			]);
		}
	}
	const perIndexField = field(spec, 'backoffLimitPerIndex');
	const perIndex = readInteger(perIndexField?.value);
	if (perIndexField && perIndex !== undefined && !indexed && minor >= 29) {
		report(context, 'semantic/job-spec', message('semantic/job-spec:backoff-limit-per-index-requires-complet'), perIndexField.key, [...specPath, 'backoffLimitPerIndex']);
	}
	const maxFailedField = field(spec, 'maxFailedIndexes');
	const maxFailed = readInteger(maxFailedField?.value);
	if (maxFailedField && maxFailed !== undefined && minor >= 29) {
		if (perIndex === undefined)
			report(context, 'semantic/job-spec', message('semantic/job-spec:max-failed-indexes-requires-backoff-limi'), maxFailedField.key, [...specPath, 'maxFailedIndexes']);
		else if (indexed && completions !== undefined && maxFailed > completions)
			report(context, 'semantic/job-spec', message('semantic/job-spec:max-failed-indexes-must-be-less-than', { maxFailed, completions }), maxFailedField.locator, [
				...specPath,
				'maxFailedIndexes',
			]);
	}
	const successPolicy = field(spec, 'successPolicy');
	if (successPolicy?.value && asMap(successPolicy.value) && !indexed && minor >= 31) {
		report(context, 'semantic/job-spec', message('semantic/job-spec:success-policy-requires-completion-mode'), successPolicy.key, [...specPath, 'successPolicy']);
	}
	if (minor >= 26) checkPodFailurePolicy(context, spec, specPath, template, policy, perIndex !== undefined && minor >= 29);
}

function checkPodFailurePolicy(context: SemanticContext, spec: Node, specPath: PathSegment[], template: Node | undefined, restartPolicy: string, perIndex: boolean): void {
	const policyField = field(spec, 'podFailurePolicy');
	if (!policyField?.value || !asMap(policyField.value)) return;
	const path = [...specPath, 'podFailurePolicy'];
	if (restartPolicy === 'OnFailure') {
		const at = get(template, 'spec', 'restartPolicy') ?? policyField.key;
		report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy'), at, [...specPath, 'template', 'spec', 'restartPolicy']);
	}
	const replacement = field(spec, 'podReplacementPolicy');
	const replacementValue = stringValue(replacement?.value);
	if (replacement && replacementValue !== undefined && replacementValue !== 'Failed') {
		report(
			context,
			'semantic/pod-failure-policy',
			message('semantic/pod-failure-policy:pod-replacement-policy-must-be-failed-wh', { replacementValue }),
			replacement.locator,
			[...specPath, 'podReplacementPolicy'],
		);
	}
	const names = containerNames(template);
	const rulesField = field(policyField.value, 'rules');
	const ruleNodes = items(rulesField?.value);
	if (ruleNodes.length > 20)
		report(
			context,
			'semantic/pod-failure-policy',
			message('semantic/pod-failure-policy:pod-failure-policy-has-rules-at-most', { ruleNodesCount: ruleNodes.length }),
			rulesField!.key,
			[...path, 'rules'],
		);
	ruleNodes.forEach((rule, index) => {
		const rulePath = [...path, 'rules', index];
		const actionField = field(rule, 'action');
		if (stringValue(actionField?.value) === 'FailIndex' && !perIndex) {
			report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:action-fail-index-requires-backoff-limit'), actionField!.locator, [
				...rulePath,
				'action',
			]);
		}
		const onExitCodes = field(rule, 'onExitCodes');
		const onPodConditions = field(rule, 'onPodConditions');
		const hasExit = !!onExitCodes?.value && scalarValue(onExitCodes.value) !== null;
		const hasConditions = !!onPodConditions?.value && scalarValue(onPodConditions.value) !== null;
		if (hasExit === hasConditions) {
			const at = hasExit ? onPodConditions!.key : ((asMap(rule)?.items[0]?.key as Node | undefined) ?? rule);
			report(
				context,
				'semantic/pod-failure-policy',
				message('semantic/pod-failure-policy:a-rule-may-not-have', { hasExit }),
				at,
				hasExit ? [...rulePath, 'onPodConditions'] : rulePath,
			);
		}
		if (hasExit) {
			const exitPath = [...rulePath, 'onExitCodes'];
			const containerField = field(onExitCodes!.value, 'containerName');
			const containerName = stringValue(containerField?.value);
			if (containerField && containerName !== undefined && !names.has(containerName)) {
				report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:container-name-must-be-one-of', { containerName }), containerField.locator, [
					...exitPath,
					'containerName',
				]);
			}
			const operator = stringValue(field(onExitCodes!.value, 'operator')?.value);
			const valuesField = field(onExitCodes!.value, 'values');
			const values = items(valuesField?.value);
			if (valuesField && values.length === 0)
				report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:on-exit-codes-values-needs-at-least-one'), valuesField.locator, [
					...exitPath,
					'values',
				]);
			if (values.length > 255)
				report(
					context,
					'semantic/pod-failure-policy',
					message('semantic/pod-failure-policy:on-exit-codes-values-has-exit-codes-at', { valuesCount: values.length }),
					valuesField!.key,
					[...exitPath, 'values'],
				);
			const seen = new Set<number>();
			let previous: number | undefined;
			let ordered = true;
			values.forEach((node, j) => {
				const value = readInteger(node);
				if (value === undefined) return;
				if (operator === 'In' && value === 0)
					report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:exit-code-may-not-be'), node, [...exitPath, 'values', j]);
				if (seen.has(value))
					report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:exit-code-is-listed-twice', { value }), node, [...exitPath, 'values', j]);
				seen.add(value);
				if (previous !== undefined && previous > value) ordered = false;
				previous = value;
			});
			if (!ordered)
				report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:on-exit-codes-values-must-be-in-ascendin'), valuesField!.key, [
					...exitPath,
					'values',
				]);
		}
		if (hasConditions) {
			items(onPodConditions!.value).forEach((pattern, j) => {
				const patternPath = [...rulePath, 'onPodConditions', j];
				const statusField = field(pattern, 'status');
				const status = stringValue(statusField?.value);
				if (statusField && status !== undefined && !['True', 'False', 'Unknown'].includes(status)) {
					report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:condition-status-is-not-supported', { status }), statusField.locator, [
						...patternPath,
						'status',
					]);
				}
				const typeField = field(pattern, 'type');
				const type = stringValue(typeField?.value);
				const problem = type !== undefined ? qualifiedNameProblem(type) : undefined;
				if (problem)
					report(context, 'semantic/pod-failure-policy', message('semantic/pod-failure-policy:condition-type-is-invalid', { type, problem }), typeField!.locator, [
						...patternPath,
						'type',
					]);
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
			report(context, 'semantic/job-selector', message('semantic/job-selector', { name: foreign.name }), selector.key, ['spec', 'selector']);
		}
	}
}

function validateCronJob(context: SemanticContext): void {
	const spec = field(context.object.node, 'spec')?.value;
	if (!spec || !asMap(spec)) return;
	for (const name of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
		const f = field(spec, name);
		const value = readInteger(f?.value);
		if (f && value !== undefined && value < 0) report(context, 'semantic/cronjob-spec', message('semantic/cronjob-spec', { name, value }), f.locator, ['spec', name]);
	}
	const scheduleField = field(spec, 'schedule');
	const schedule = stringValue(scheduleField?.value);
	const timeZoneField = field(spec, 'timeZone');
	if (scheduleField && schedule !== undefined) {
		const error = scheduleError(schedule);
		if (error) {
			report(context, 'semantic/cron-schedule', message('semantic/cron-schedule', { schedule, message: error.message, field: error.field }), scheduleField.locator, [
				'spec',
				'schedule',
			]);
		}
		if (schedule.includes('TZ') && k8sMinor(context.k8sVersion) >= 27) {
			report(context, 'semantic/cron-schedule', message('semantic/cron-schedule:tz-or-cron-tz-cannot-be'), scheduleField.locator, ['spec', 'schedule']);
		}
	}
	if (timeZoneField && k8sMinor(context.k8sVersion) >= 25) {
		const zone = stringValue(timeZoneField.value);
		if (zone !== undefined) {
			let problem: ManifestMessage | undefined;
			if (zone === '') problem = message('semantic/cron-time-zone:empty');
			else if (timeZoneSyntaxOk(zone) && zone.toLowerCase() === 'local') problem = message('semantic/cron-time-zone:local');
			else if (!timeZoneSyntaxOk(zone) || !isKnownTimeZone(zone)) problem = message('semantic/cron-time-zone', { zone });
			if (problem) report(context, 'semantic/cron-time-zone', problem, timeZoneField.locator, ['spec', 'timeZone']);
		}
	}
	const jobTemplate = field(spec, 'jobTemplate')?.value;
	const jobSpec = field(jobTemplate, 'spec')?.value;
	if (!jobSpec || !asMap(jobSpec)) return;
	const jobSpecPath = ['spec', 'jobTemplate', 'spec'];
	checkJobSpec(context, jobSpec, jobSpecPath);
	const selector = field(jobSpec, 'selector');
	if (selector?.value && scalarValue(selector.value) !== null) {
		report(context, 'semantic/job-selector', message('semantic/job-selector:a-cron-job-s-job-template-may-not'), selector.key, [...jobSpecPath, 'selector']);
	}
	const manual = field(jobSpec, 'manualSelector');
	if (readBoolean(manual?.value) === true) {
		report(context, 'semantic/job-selector', message('semantic/job-selector:manual-selector-true-is-not-supported'), manual!.locator, [...jobSpecPath, 'manualSelector']);
	}
}

export const validators: Record<string, SemanticValidator> = {
	'batch/Job': validateJob,
	'batch/CronJob': validateCronJob,
};
