// Semantic layer, Jobs and CronJobs (src/lib/manifest/semantic/batch.ts), including the CronJob schedule
// parser that mirrors github.com/robfig/cron/v3 ParseStandard.
import { describe, expect, it } from 'vitest';
import { scheduleError } from '../../../../src/lib/manifest/semantic/cron-schedule.ts';
import { lint, located, yaml } from '../helpers.ts';
import { enText, zhText } from '../words.ts';

describe('semantic Job and CronJob rules', () => {
	it('rejects a Job template without restartPolicy (it defaults to Always)', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  template:
			    spec:
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/job-restart-policy')).toEqual([{ line: 7, column: 5, endLine: 7, endColumn: 9, path: 'spec.template.spec.restartPolicy' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  template:
			    spec:
			      restartPolicy: OnFailure
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/job-restart-policy')).toEqual([]);
	});

	it('rejects Indexed mode without completions when parallelism is set', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  completionMode: Indexed
			  parallelism: 3
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/job-spec')).toEqual([{ line: 6, column: 19, endLine: 6, endColumn: 26, path: 'spec.completions' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  completionMode: Indexed
			  completions: 5
			  parallelism: 3
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/job-spec')).toEqual([]);
	});

	it('rejects a Job selector without manualSelector: true', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  selector:
			    matchLabels: { app: report }
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/job-selector')).toEqual([{ line: 6, column: 3, endLine: 6, endColumn: 11, path: 'spec.selector' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  manualSelector: true
			  selector:
			    matchLabels: { app: report }
			  template:
			    metadata: { labels: { app: report } }
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/job-selector')).toEqual([]);
	});

	it('rejects exit codes out of order', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  podFailurePolicy:
			    rules:
			      - action: FailJob
			        onExitCodes: { operator: In, values: [3, 1] }
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/pod-failure-policy')).toEqual([
			{ line: 9, column: 38, endLine: 9, endColumn: 44, path: 'spec.podFailurePolicy.rules[0].onExitCodes.values' },
		]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			spec:
			  podFailurePolicy:
			    rules:
			      - action: FailJob
			        onExitCodes: { operator: In, values: [1, 3] }
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/pod-failure-policy')).toEqual([]);
	});

	it('rejects "every 5 minutes"', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: report
			spec:
			  schedule: every 5 minutes
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/cron-schedule')).toEqual([{ line: 6, column: 13, endLine: 6, endColumn: 28, path: 'spec.schedule' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: report
			spec:
			  schedule: "*/5 * * * *"
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/cron-schedule')).toEqual([]);
	});

	it('rejects an unknown time zone', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: report
			spec:
			  schedule: "0 3 * * *"
			  timeZone: Mars/Olympus
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/cron-time-zone')).toEqual([{ line: 7, column: 13, endLine: 7, endColumn: 25, path: 'spec.timeZone' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: report
			spec:
			  schedule: "0 3 * * *"
			  timeZone: Asia/Shanghai
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/cron-time-zone')).toEqual([]);
	});

	it('rejects a negative history limit, accepts 0', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: report
			spec:
			  schedule: "@daily"
			  successfulJobsHistoryLimit: -1
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/cronjob-spec')).toEqual([{ line: 7, column: 31, endLine: 7, endColumn: 33, path: 'spec.successfulJobsHistoryLimit' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: report
			spec:
			  schedule: "@daily"
			  successfulJobsHistoryLimit: 0
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/cronjob-spec')).toEqual([]);
	});

	it('rejects TZ / CRON_TZ in the schedule: the zone belongs in timeZone', () => {
		const text = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata: { name: report }
			spec:
			  schedule: CRON_TZ=Europe/Berlin 0 3 * * *
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		const findings = lint(text).filter((d) => d.rule === 'semantic/cron-schedule');
		expect(findings.map(({ line, column, path }) => ({ line, column, path }))).toEqual([{ line: 5, column: 13, path: 'spec.schedule' }]);
		expect(enText(findings[0]!.message)).toContain('spec.timeZone');
		expect(zhText(findings[0]!.message)).toContain('spec.timeZone');
	});

	it('validates the Job spec inside a CronJob jobTemplate, and refuses a selector there', () => {
		const text = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata: { name: report }
			spec:
			  schedule: "@hourly"
			  jobTemplate:
			    spec:
			      selector: { matchLabels: { app: report } }
			      template:
			        spec:
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(text, 'semantic/job-restart-policy').map((d) => d.path)).toEqual(['spec.jobTemplate.spec.template.spec.restartPolicy']);
		expect(located(text, 'semantic/job-selector')).toEqual([{ line: 8, column: 7, endLine: 8, endColumn: 15, path: 'spec.jobTemplate.spec.selector' }]);
	});

	it('podFailurePolicy needs restartPolicy Never and knows the template containers', () => {
		const text = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata: { name: train }
			spec:
			  podFailurePolicy:
			    rules:
			      - action: Ignore
			        onPodConditions: [{ type: DisruptionTarget }]
			      - action: FailJob
			        onExitCodes: { containerName: trainer, operator: In, values: [0, 42] }
			  template:
			    spec:
			      restartPolicy: OnFailure
			      containers: [{ name: train, image: trainer:2.1 }]
		`;
		expect(located(text, 'semantic/pod-failure-policy').map((d) => [d.line, d.path])).toEqual([
			[10, 'spec.podFailurePolicy.rules[1].onExitCodes.containerName'],
			[10, 'spec.podFailurePolicy.rules[1].onExitCodes.values[0]'],
			[13, 'spec.template.spec.restartPolicy'],
		]);
	});
	it('refuses "Local" and an empty timeZone, accepts IANA names', () => {
		const cron = (zone: string) => yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata: { name: report }
			spec:
			  schedule: "0 3 * * *"
			  timeZone: ${zone}
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(cron('Local'), 'semantic/cron-time-zone')).toEqual([{ line: 6, column: 13, endLine: 6, endColumn: 18, path: 'spec.timeZone' }]);
		expect(located(cron('""'), 'semantic/cron-time-zone')).toHaveLength(1);
		expect(located(cron('../etc/passwd'), 'semantic/cron-time-zone')).toHaveLength(1);
		for (const zone of ['UTC', 'Etc/UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Asia/Shanghai'])
			expect(located(cron(zone), 'semantic/cron-time-zone')).toEqual([]);
	});

	it('backoffLimitPerIndex needs Indexed mode; maxFailedIndexes needs it and fits in completions', () => {
		const job = (spec: string) =>
			`apiVersion: batch/v1\nkind: Job\nmetadata: { name: shard }\nspec:\n${spec}  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: w, image: busybox:1.36 }]\n`;
		expect(located(job('  backoffLimitPerIndex: 2\n'), 'semantic/job-spec')).toEqual([{ line: 5, column: 3, endLine: 5, endColumn: 23, path: 'spec.backoffLimitPerIndex' }]);
		expect(located(job('  completionMode: Indexed\n  completions: 4\n  maxFailedIndexes: 1\n'), 'semantic/job-spec').map((d) => d.path)).toEqual(['spec.maxFailedIndexes']);
		expect(located(job('  completionMode: Indexed\n  completions: 4\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 5\n'), 'semantic/job-spec').map((d) => d.path)).toEqual([
			'spec.maxFailedIndexes',
		]);
		expect(located(job('  completionMode: Indexed\n  completions: 4\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 4\n'), 'semantic/job-spec')).toEqual([]);
		expect(located(job('  parallelism: -1\n'), 'semantic/job-spec').map((d) => d.path)).toEqual(['spec.parallelism']);
	});
});

describe('CronJob schedule parser (robfig/cron v3 ParseStandard)', () => {
	it.each([
		'*/5 * * * *',
		'0 0 * * 0',
		'0 9-17/2 * JAN-DEC MON-FRI',
		'0 0 ? * ?',
		'15,45 */2 1-7 * sun',
		'5/15 * * * *',
		'@yearly',
		'@annually',
		'@monthly',
		'@weekly',
		'@daily',
		'@midnight',
		'@hourly',
		'@every 1h30m',
		'@every 90s',
		'0 0 31 2 *',
	])('accepts %s', (schedule) => {
		expect(scheduleError(schedule)).toBeUndefined();
	});

	it.each([
		['', 'empty spec string'],
		['every 5 minutes', 'expected exactly 5 fields, found 3: [every 5 minutes]'],
		['* * * * * *', 'expected exactly 5 fields, found 6: [* * * * * *]'],
		['60 * * * *', 'end of range (60) above maximum (59): 60'],
		['0 24 * * *', 'end of range (24) above maximum (23): 24'],
		['0 0 0 * *', 'beginning of range (0) below minimum (1): 0'],
		['0 0 * 13 *', 'end of range (13) above maximum (12): 13'],
		['0 0 * * 7', 'end of range (7) above maximum (6): 7'],
		['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
		['*/0 * * * *', 'step of range should be a positive number: */0'],
		['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
		['*/2/3 * * * *', 'too many slashes: */2/3'],
		['0 0 * * funday', 'failed to parse int from funday: strconv.Atoi: parsing "funday": invalid syntax'],
		['@reboot', 'unrecognized descriptor: @reboot'],
		['@every 5 minutes', 'failed to parse duration @every 5 minutes: time: invalid duration "5 minutes"'],
	])('rejects %j: %s', (schedule, message) => {
		expect(scheduleError(schedule)?.message).toBe(message);
	});
});
