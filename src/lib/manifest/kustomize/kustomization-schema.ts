// The fields of a kustomization.yaml, after kustomize's Go types (kubernetes-sigs/kustomize
// api/types/kustomization.go and the files beside it: image.go, labels.go, patch.go, replica.go,
// generatorargs.go, kvpairsources.go, generatoroptions.go, helmchartargs.go, replacement.go, var.go,
// sortoptions.go, selector.go, fieldspec.go, objectmeta.go; kyaml/resid for group/version/kind/name/namespace).
// kustomize decodes with encoding/json's DisallowUnknownFields (Kustomization.Unmarshal), so an unknown
// field is an error, field names match case-insensitively, and a number where a string is declared fails.
import type { OpenApiSchema } from '../custom-resources/openapi-schema.ts';

const string: OpenApiSchema = { type: 'string' };
const boolean: OpenApiSchema = { type: 'boolean' };
const integer: OpenApiSchema = { type: 'integer' };
const strings: OpenApiSchema = { type: 'array', items: string };
const stringMap: OpenApiSchema = { type: 'object', additionalProperties: string };
const anything: OpenApiSchema = { 'x-kubernetes-preserve-unknown-fields': true };
const object = (properties: Record<string, OpenApiSchema>, required?: string[]): OpenApiSchema => ({ type: 'object', properties, ...(required ? { required } : {}) });
const list = (items: OpenApiSchema): OpenApiSchema => ({ type: 'array', items });

const gvk = { group: string, version: string, kind: string };
const resId = { ...gvk, name: string, namespace: string };
const selector = object({ ...resId, annotationSelector: string, labelSelector: string });
const fieldSpec = object({ ...gvk, path: string, create: boolean });
const generatorOptions = object({ labels: stringMap, annotations: stringMap, disableNameSuffixHash: boolean, immutable: boolean });
const generatorArgs = {
	namespace: string,
	name: string,
	behavior: string,
	literals: strings,
	files: strings,
	envs: strings,
	env: string,
	options: generatorOptions,
};
const fieldOptions = object({ delimiter: string, index: integer, encoding: string, create: boolean });
const replacement = {
	source: object({ ...resId, fieldPath: string, options: fieldOptions }),
	targets: list(object({ select: selector, reject: list(selector), fieldPaths: strings, options: fieldOptions })),
	sourceValue: string,
};
const image = object({ name: string, newName: string, tagSuffix: string, newTag: string, digest: string });
const patch = object({ path: string, patch: string, target: selector, options: object({ allowNameChange: boolean, allowKindChange: boolean }) });

export const KUSTOMIZATION_SCHEMA: OpenApiSchema = object({
	apiVersion: string,
	kind: string,
	metadata: object({ name: string, namespace: string, labels: stringMap, annotations: stringMap }),
	openapi: stringMap,
	namePrefix: string,
	nameSuffix: string,
	namespace: string,
	commonLabels: stringMap,
	labels: list(object({ pairs: stringMap, includeSelectors: boolean, includeTemplates: boolean, includeVolumeClaimTemplates: boolean, fields: list(fieldSpec) })),
	commonAnnotations: stringMap,
	patchesStrategicMerge: strings,
	patchesJson6902: list(patch),
	patches: list(patch),
	images: list(image),
	imageTags: list(image),
	replacements: list(object({ ...replacement, path: string })),
	replicas: list(object({ name: string, count: integer })),
	vars: list(object({ name: string, objref: object({ apiVersion: string, ...gvk, name: string, namespace: string }), fieldref: object({ fieldPath: string }) })),
	sortOptions: object({ order: { type: 'string', enum: ['legacy', 'fifo'] }, legacySortOptions: object({ orderFirst: strings, orderLast: strings }) }),
	resources: strings,
	components: strings,
	crds: strings,
	bases: strings,
	configMapGenerator: list(object(generatorArgs)),
	secretGenerator: list(object({ ...generatorArgs, type: string })),
	helmGlobals: object({ chartHome: string, configHome: string }),
	helmCharts: list(
		object({
			name: string,
			version: string,
			repo: string,
			releaseName: string,
			namespace: string,
			additionalValuesFiles: strings,
			valuesFile: string,
			valuesInline: anything,
			valuesMerge: string,
			includeCRDs: boolean,
			skipHooks: boolean,
			apiVersions: strings,
			kubeVersion: string,
			nameTemplate: string,
			skipTests: boolean,
			debug: boolean,
			devel: boolean,
		}),
	),
	helmChartInflationGenerator: list(
		object({
			chartName: string,
			chartVersion: string,
			chartRepoUrl: string,
			chartHome: string,
			chartRepoName: string,
			helmBin: string,
			helmHome: string,
			values: string,
			valuesLocal: anything,
			valuesMerge: string,
			releaseName: string,
			releaseNamespace: string,
			extraArgs: strings,
		}),
	),
	generatorOptions,
	configurations: strings,
	generators: strings,
	transformers: strings,
	validators: strings,
	buildMetadata: strings,
});

/** Fields kustomize still reads but warns about (Kustomization.CheckDeprecatedFields), with their replacement. */
export const DEPRECATED_KUSTOMIZATION_FIELDS: Readonly<Record<string, string>> = {
	bases: 'resources',
	commonLabels: 'labels',
	imageTags: 'images',
	patchesJson6902: 'patches',
	patchesStrategicMerge: 'patches',
	vars: 'replacements',
};

/** Keys that only a kustomization file has: a document with one of them and no apiVersion/kind is one. */
export const KUSTOMIZATION_ONLY_FIELDS: ReadonlySet<string> = new Set([
	'resources',
	'bases',
	'components',
	'crds',
	'namePrefix',
	'nameSuffix',
	'patches',
	'patchesStrategicMerge',
	'patchesJson6902',
	'images',
	'configMapGenerator',
	'secretGenerator',
	'commonLabels',
	'commonAnnotations',
	'helmCharts',
	'replacements',
	'generators',
	'transformers',
	'generatorOptions',
]);
