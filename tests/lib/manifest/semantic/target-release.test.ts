// The target release decides what the server checks: a stricter rule or a field that arrived later is not
// judged for an older target (the older server used the older rule, or dropped the field).
import { describe, expect, it } from 'vitest';
import { located, yaml } from '../helpers.ts';

const pod = yaml`
	apiVersion: v1
	kind: Pod
	metadata: { name: web }
	spec:
	  containers:
	    - name: app
	      image: nginx:1.27
	      env: [{ name: "my var", value: x }]
`;

const cronJob = yaml`
	apiVersion: batch/v1
	kind: CronJob
	metadata: { name: report }
	spec:
	  schedule: TZ=UTC 0 3 * * *
	  jobTemplate:
	    spec:
	      template:
	        spec:
	          restartPolicy: OnFailure
	          containers: [{ name: report, image: busybox:1.36 }]
`;

describe('semantic rules follow the target release', () => {
	it('env var names: relaxed from 1.32 (RelaxedEnvironmentVariableValidation), C-like before', () => {
		expect(located(pod, 'semantic/env-var', { k8sVersion: '1.36' })).toEqual([]);
		expect(located(pod, 'semantic/env-var', { k8sVersion: '1.32' })).toEqual([]);
		expect(located(pod, 'semantic/env-var', { k8sVersion: '1.31' })).toEqual([{ line: 8, column: 21, endLine: 8, endColumn: 29, path: 'spec.containers[0].env[0].name' }]);
	});

	it('TZ= in a CronJob schedule is refused on current releases, not on 1.24', () => {
		expect(located(cronJob, 'semantic/cron-schedule', { k8sVersion: '1.36' })).toEqual([{ line: 5, column: 13, endLine: 5, endColumn: 29, path: 'spec.schedule' }]);
		expect(located(cronJob, 'semantic/cron-schedule', { k8sVersion: '1.24' })).toEqual([]);
	});
});
