// spec.overhead on a Pod, as kube-apiserver's RuntimeClass admission plugin (on by default) judges it when
// the Pod is created (plugin/pkg/admission/runtimeclass/admission.go validateOverhead): the overhead is the
// RuntimeClass's to set. A Pod with an overhead and no runtimeClassName is refused. With a runtimeClassName
// the overhead must equal the RuntimeClass's, which lives in the cluster: not judged here. Pod templates
// are not admitted by this plugin (their Pods are, one by one), so only Pods are checked.
import { POD_BEARERS, podTemplateOf } from '../pod-templates.ts';
import { asMap, field, scalarValue, stringValue } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { message } from '../message.ts';

export const rules = [
	semanticRule(
		'semantic/pod-overhead',
		'error',
		'plugin/pkg/admission/runtimeclass/admission.go validateOverhead, setOverhead (on by default: pkg/kubeapiserver/options/plugins.go defaultOnPlugins)',
	),
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
	const note = object.kind === 'Pod' ? message('fragment/note') : message('fragment/note:the-api-server-accepts-the', { kind: object.kind });
	context.report('semantic/pod-overhead', message('semantic/pod-overhead', { note }), overhead.key, [...template.specPath, 'overhead']);
}

// The objects that make Pods (and Pods themselves); a bare PodTemplate is left out, as it always was here.
const POD_MAKERS = POD_BEARERS.filter((key) => key !== '/PodTemplate');

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_MAKERS.map((key) => [key, validatePodOverhead]));
