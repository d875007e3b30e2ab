// spec.overhead on a Pod, as kube-apiserver's RuntimeClass admission plugin (on by default) judges it when
// the Pod is created (plugin/pkg/admission/runtimeclass/admission.go validateOverhead): the overhead is the
// RuntimeClass's to set. A Pod with an overhead and no runtimeClassName is refused. With a runtimeClassName
// the overhead must equal the RuntimeClass's, which lives in the cluster: not judged here. Pod templates
// are not admitted by this plugin (their Pods are, one by one), so only Pods are checked.
import { podTemplateOf } from '../pod-templates.ts';
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import { asMap, field, scalarValue, stringValue } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';

export const rules: RuleInfo[] = [
	semanticRule('semantic/pod-overhead', 'error', ['Pod overhead without a RuntimeClass', 'Pod 开销没有对应的 RuntimeClass'], [
		'spec.overhead is filled in from the Pod\'s RuntimeClass when the Pod is created; a Pod that sets it without a runtimeClassName is refused by the RuntimeClass admission plugin (on by default). In a workload\'s template the workload is accepted but each of its Pods is refused. Leave overhead out and set runtimeClassName.',
		'spec.overhead 在创建 Pod 时由其 RuntimeClass 填入；没有 runtimeClassName 却设置了 overhead 的 Pod 会被 RuntimeClass 准入插件（默认启用）拒绝。若写在工作负载的模板中，工作负载本身会被接受，但它的每个 Pod 都会被拒绝。请不要设置 overhead，改为设置 runtimeClassName。',
	], 'plugin/pkg/admission/runtimeclass/admission.go validateOverhead, setOverhead (on by default: pkg/kubeapiserver/options/plugins.go defaultOnPlugins)'),
];

function validatePodOverhead(context: SemanticContext): void {
	const { object } = context;
	const template = podTemplateOf(object.kind, object.node);
	const spec = template?.spec;
	if (!template || !asMap(spec)) return;
	const overhead = field(spec, 'overhead');
	// An empty map is still "set" (a non-nil ResourceList); only null or an absent field is unset.
	if (!overhead || overhead.value === undefined || scalarValue(overhead.value) === null) return;
	if (stringValue(field(spec, 'runtimeClassName')?.value)) return;
	const note =
		object.kind === 'Pod'
			? text('', '')
			: text(` The API server accepts the ${object.kind} itself, but refuses every Pod created from this template.`, `API 服务器会接受该 ${object.kind} 本身，但会拒绝由此模板创建的每个 Pod。`);
	context.report(
		'semantic/pod-overhead',
		text(
			`spec.overhead is set but the Pod has no runtimeClassName: the RuntimeClass admission plugin refuses a Pod overhead that no RuntimeClass defines. Remove overhead (the RuntimeClass fills it in).${note.en}`,
			`设置了 spec.overhead，但 Pod 没有 runtimeClassName：RuntimeClass 准入插件会拒绝没有 RuntimeClass 定义的 Pod 开销。请删除 overhead（它由 RuntimeClass 填入）。${note.zh}`,
		),
		overhead.key,
		[...template.specPath, 'overhead'],
	);
}

const POD_BEARERS = ['/Pod', '/ReplicationController', 'apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job', 'batch/CronJob'];

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_BEARERS.map((key) => [key, validatePodOverhead]));
