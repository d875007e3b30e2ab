// Where the Pod spec lives in each workload kind, so pod-level rules are written once.
import type { Node } from 'yaml';
import { get } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';

export interface PodTemplate {
	/** The Pod spec node. */
	spec: Node;
	/** Path of the Pod spec from the object root. */
	specPath: PathSegment[];
	/** The template's metadata (labels the selectors must match); undefined for a bare Pod. */
	metadata: Node | undefined;
	metadataPath: PathSegment[];
	/** Run-to-completion workloads (Job, CronJob) neither need nor may usefully have readiness probes. */
	runsToCompletion: boolean;
}

const templatePaths: Record<string, PathSegment[]> = {
	Deployment: ['spec', 'template'],
	ReplicaSet: ['spec', 'template'],
	StatefulSet: ['spec', 'template'],
	DaemonSet: ['spec', 'template'],
	ReplicationController: ['spec', 'template'],
	Job: ['spec', 'template'],
	CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
	PodTemplate: ['template'],
};

/** Every object that carries a Pod spec, as `group/Kind` keys of the semantic validators (core group empty). */
export const POD_BEARERS: readonly string[] = [
	'/Pod',
	'/PodTemplate',
	'/ReplicationController',
	'apps/Deployment',
	'apps/ReplicaSet',
	'apps/StatefulSet',
	'apps/DaemonSet',
	'batch/Job',
	'batch/CronJob',
];

/** Kinds whose controller keeps Pods running and selects them with spec.selector. */
export const SELECTING_WORKLOADS: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

export function podTemplateOf(kind: string | undefined, root: Node): PodTemplate | undefined {
	if (kind === 'Pod') {
		const spec = get(root, 'spec');
		return spec ? { spec, specPath: ['spec'], metadata: get(root, 'metadata'), metadataPath: ['metadata'], runsToCompletion: false } : undefined;
	}
	const templatePath = kind && Object.hasOwn(templatePaths, kind) ? templatePaths[kind] : undefined;
	if (!templatePath) return undefined;
	const spec = get(root, ...templatePath, 'spec');
	if (!spec) return undefined;
	return {
		spec,
		specPath: [...templatePath, 'spec'],
		metadata: get(root, ...templatePath, 'metadata'),
		metadataPath: [...templatePath, 'metadata'],
		runsToCompletion: kind === 'Job' || kind === 'CronJob',
	};
}
