// Which validators run for which kind. Keys are "group/Kind" with "" for the core group ("/Pod",
// "apps/Deployment"); a module exports its own table and rule list, and this file merges them.
import type { RuleInfo } from '../rule-catalogue.ts';
import type { SemanticValidator } from './context.ts';
import * as metadata from './metadata.ts';
import * as podSpec from './pod-spec.ts';
import * as workloads from './workloads.ts';
import * as batch from './batch.ts';
import * as service from './service.ts';
import * as networking from './networking.ts';
import * as autoscaling from './autoscaling.ts';
import * as policy from './policy.ts';
import * as rbac from './rbac.ts';
import * as configData from './config-data.ts';
import * as storage from './storage.ts';
import * as labelSelector from './label-selector.ts';

export interface SemanticModule {
	/** Validators by "group/Kind"; "*" runs for every built-in object. */
	readonly validators: Readonly<Record<string, SemanticValidator | readonly SemanticValidator[]>>;
	readonly rules: readonly RuleInfo[];
}

const MODULES: readonly SemanticModule[] = [metadata, labelSelector, podSpec, workloads, batch, service, networking, autoscaling, policy, rbac, configData, storage];

export const SEMANTIC_RULES: readonly RuleInfo[] = MODULES.flatMap((m) => m.rules);

const byKey = new Map<string, SemanticValidator[]>();
for (const module of MODULES) {
	for (const [key, value] of Object.entries(module.validators)) {
		const list = byKey.get(key) ?? [];
		list.push(...(Array.isArray(value) ? value : [value as SemanticValidator]));
		byKey.set(key, list);
	}
}

export function validatorsFor(group: string, kind: string): readonly SemanticValidator[] {
	return [...(byKey.get('*') ?? []), ...(byKey.get(`${group}/${kind}`) ?? [])];
}
