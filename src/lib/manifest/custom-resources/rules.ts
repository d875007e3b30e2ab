// Catalogue entries of the custom-resource layer (crd/…), of kustomization files (kustomize/…) and of
// unrendered Helm templates (helm/…). `source` names the Go file and function each rule follows
// (kubernetes/kubernetes paths unless another repository is named). Their words are in the
// catalogues (src/lib/manifest/messages/<lang>/custom-resources/rules.ts).
import type { RuleInfo } from '../rule-catalogue.ts';
import type { RuleLayer, Severity } from '../types.ts';

const entry = <const Id extends string>(id: Id, layer: RuleLayer, severity: Severity, source: string): RuleInfo<Id> => ({ id, layer, severity, source });

const VALIDATION = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go';
const CRD_SOURCES = {
	spec: `${VALIDATION}, ValidateCustomResourceDefinitionSpec`,
	names: `${VALIDATION}, ValidateCustomResourceDefinitionNames`,
	name: `${VALIDATION}, ValidateCustomResourceDefinition (nameValidationFn)`,
	structural:
		'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/validation.go, ValidateStructural; validation.go, ValidateCustomResourceDefinitionOpenAPISchema',
} as const;
const INSTANCE = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go, ValidateCustomResource (kube-openapi pkg/validation/validate)';
const PRUNING = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning/algorithm.go, PruneWithOptions (strict field validation reports what it drops)';
const CEL = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation.go, Validator.Validate';
const KUSTOMIZATION = 'kubernetes-sigs/kustomize api/types/kustomization.go';

export const CUSTOM_RESOURCE_RULES = [
	entry('crd/invalid-name', 'custom-resource', 'error', CRD_SOURCES.name),
	entry('crd/invalid-group', 'custom-resource', 'error', CRD_SOURCES.spec),
	entry('crd/invalid-scope', 'custom-resource', 'error', CRD_SOURCES.spec),
	entry('crd/invalid-names', 'custom-resource', 'error', CRD_SOURCES.names),
	entry('crd/invalid-version', 'custom-resource', 'error', CRD_SOURCES.spec),
	entry('crd/storage-version', 'custom-resource', 'error', CRD_SOURCES.spec),
	entry('crd/no-served-version', 'custom-resource', 'warning', CRD_SOURCES.spec),
	entry('crd/missing-schema', 'custom-resource', 'error', `${CRD_SOURCES.spec} (ValidateCustomResourceDefinitionValidation, requireStructuralSchema)`),
	entry('crd/structural-schema', 'custom-resource', 'error', CRD_SOURCES.structural),
	entry(
		'crd/version-not-served',
		'custom-resource',
		'error',
		'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go, crdHandler.ServeHTTP (served versions only)',
	),
	entry('crd/unknown-field', 'custom-resource', 'error', PRUNING),
	entry('crd/type-mismatch', 'custom-resource', 'error', INSTANCE),
	entry('crd/missing-required', 'custom-resource', 'error', INSTANCE),
	entry('crd/invalid-value', 'custom-resource', 'error', `${INSTANCE}; pkg/apiserver/schema/listtype/validation.go, ValidateListSetsAndMaps`),
	entry('crd/cel-rule', 'custom-resource', 'error', CEL),
	entry('crd/cel-not-evaluated', 'custom-resource', 'info', CEL),
	entry('crd/cel-transition-rule', 'custom-resource', 'info', `${CEL} (transition rules need an old object)`),
	entry('helm/unrendered-template', 'syntax', 'error', 'helm/helm pkg/engine/engine.go, Engine.Render (templates are rendered before anything reaches the API server)'),
	entry('kustomize/kustomization', 'custom-resource', 'info', `${KUSTOMIZATION}, Kustomization`),
	entry('kustomize/invalid-kind', 'custom-resource', 'error', `${KUSTOMIZATION}, Kustomization.EnforceFields`),
	entry('kustomize/invalid-api-version', 'custom-resource', 'error', `${KUSTOMIZATION}, Kustomization.EnforceFields`),
	entry('kustomize/unknown-field', 'custom-resource', 'error', `${KUSTOMIZATION}, Kustomization.Unmarshal`),
	entry('kustomize/type-mismatch', 'custom-resource', 'error', `${KUSTOMIZATION}, Kustomization.Unmarshal`),
	entry('kustomize/invalid-value', 'custom-resource', 'error', `${KUSTOMIZATION}; api/types/sortoptions.go`),
	entry('kustomize/deprecated-field', 'custom-resource', 'warning', `${KUSTOMIZATION}, Kustomization.CheckDeprecatedFields`),
];
