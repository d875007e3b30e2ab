// Catalogue entries of the custom-resource layer (crd/…), of kustomization files (kustomize/…) and of
// unrendered Helm templates (helm/…). `source` names the Go file and function each rule follows
// (kubernetes/kubernetes paths unless another repository is named).
import type { RuleInfo } from '../rule-catalogue.ts';
import type { RuleLayer, Severity } from '../types.ts';

const entry = (id: string, layer: RuleLayer, severity: Severity, title: [string, string], explanation: [string, string], source: string): RuleInfo => ({
	id,
	layer,
	severity,
	title: { en: title[0], zh: title[1] },
	explanation: { en: explanation[0], zh: explanation[1] },
	source,
});

const VALIDATION = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go';
const CRD_SOURCES = {
	spec: `${VALIDATION}, ValidateCustomResourceDefinitionSpec`,
	names: `${VALIDATION}, ValidateCustomResourceDefinitionNames`,
	name: `${VALIDATION}, ValidateCustomResourceDefinition (nameValidationFn)`,
	structural: 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/validation.go, ValidateStructural; validation.go, ValidateCustomResourceDefinitionOpenAPISchema',
} as const;
const INSTANCE = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go, ValidateCustomResource (kube-openapi pkg/validation/validate)';
const PRUNING = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning/algorithm.go, PruneWithOptions (strict field validation reports what it drops)';
const CEL = 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation.go, Validator.Validate';
const KUSTOMIZATION = 'kubernetes-sigs/kustomize api/types/kustomization.go';

export const CUSTOM_RESOURCE_RULES: readonly RuleInfo[] = [
	entry('crd/invalid-name', 'custom-resource', 'error', ['CRD name is not plural.group', 'CRD 名称不是 plural.group'], [
		'A CustomResourceDefinition must be named after what it defines: spec.names.plural, a dot, spec.group (widgets.example.com). The API server refuses any other name.',
		'CustomResourceDefinition 必须按其定义的内容命名：spec.names.plural、一个点、spec.group（如 widgets.example.com）。API 服务器拒绝其他名称。',
	], CRD_SOURCES.name),
	entry('crd/invalid-group', 'custom-resource', 'error', ['Invalid CRD group', 'CRD 组无效'], [
		'spec.group must be a DNS-1123 subdomain with at least one dot (example.com), so that groups of different owners cannot collide.',
		'spec.group 必须是至少含一个点的 DNS-1123 子域名（如 example.com），以免不同所有者的组相互冲突。',
	], CRD_SOURCES.spec),
	entry('crd/invalid-scope', 'custom-resource', 'error', ['Invalid CRD scope', 'CRD 作用域无效'], [
		'spec.scope is Namespaced (objects live in a namespace) or Cluster (one per cluster); nothing else is accepted.',
		'spec.scope 只能是 Namespaced（对象位于命名空间中）或 Cluster（整个集群一个）；不接受其他值。',
	], CRD_SOURCES.spec),
	entry('crd/invalid-names', 'custom-resource', 'error', ['Invalid CRD names', 'CRD 名称字段无效'], [
		'plural, singular, shortNames and categories must be DNS-1035 labels (lowercase, starting with a letter); kind and listKind the same apart from case, and different from each other. singular defaults to the lower-case kind and listKind to kind + "List".',
		'plural、singular、shortNames 和 categories 必须是 DNS-1035 标签（小写，以字母开头）；kind 和 listKind 除大小写外遵循同样规则，且二者不能相同。singular 默认为小写的 kind，listKind 默认为 kind + "List"。',
	], CRD_SOURCES.names),
	entry('crd/invalid-version', 'custom-resource', 'error', ['Invalid CRD version name', 'CRD 版本名无效'], [
		'Version names are DNS-1035 labels (v1, v1beta1, v2alpha1) and appear once each in spec.versions.',
		'版本名必须是 DNS-1035 标签（v1、v1beta1、v2alpha1），并且在 spec.versions 中各只出现一次。',
	], CRD_SOURCES.spec),
	entry('crd/storage-version', 'custom-resource', 'error', ['Not exactly one storage version', '存储版本不是恰好一个'], [
		'Exactly one version has storage: true: it is the form in which objects are written to etcd. Zero or two are refused.',
		'必须恰好有一个版本设置 storage: true：对象以这个版本的形式写入 etcd。零个或两个都会被拒绝。',
	], CRD_SOURCES.spec),
	entry('crd/no-served-version', 'custom-resource', 'warning', ['No served version', '没有提供任何版本'], [
		'The API server accepts a CRD with served: false on every version, but then no object of the kind can be created or read ("no matches for kind").',
		'所有版本都是 served: false 的 CRD 会被 API 服务器接受，但之后无法创建或读取这种类型的任何对象（“no matches for kind”）。',
	], CRD_SOURCES.spec),
	entry('crd/missing-schema', 'custom-resource', 'error', ['Version without a schema', '版本缺少模式'], [
		'apiextensions.k8s.io/v1 requires schema.openAPIV3Schema for every version; a schema-less CRD was only possible in the removed v1beta1 API.',
		'apiextensions.k8s.io/v1 要求每个版本都有 schema.openAPIV3Schema；没有模式的 CRD 只在已移除的 v1beta1 API 中才可以。',
	], `${CRD_SOURCES.spec} (ValidateCustomResourceDefinitionValidation, requireStructuralSchema)`),
	entry('crd/structural-schema', 'custom-resource', 'error', ['Not a structural schema', '不是结构化模式'], [
		'A v1 CRD schema must be structural: an object at the root, a type on every field and array item (unless x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields), items on every array, no type with x-kubernetes-int-or-string, properties and additionalProperties not together, no uniqueItems: true and no $ref.',
		'v1 CRD 的模式必须是结构化的：根节点是对象；每个字段和数组元素都有 type（除非设置了 x-kubernetes-int-or-string 或 x-kubernetes-preserve-unknown-fields）；每个数组都有 items；x-kubernetes-int-or-string 不与 type 同用；properties 与 additionalProperties 不同时出现；不使用 uniqueItems: true 和 $ref。',
	], CRD_SOURCES.structural),
	entry('crd/version-not-served', 'custom-resource', 'error', ['Version not served', '版本未提供'], [
		'The object names a version of its CRD that does not exist or has served: false, so kubectl answers "no matches for kind". Use one of the served versions the message lists.',
		'对象使用的 CRD 版本不存在或设置了 served: false，kubectl 会回答“no matches for kind”。请使用消息中列出的已提供版本。',
	], 'staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go, crdHandler.ServeHTTP (served versions only)'),
	entry('crd/unknown-field', 'custom-resource', 'error', ['Field not in the CRD schema', 'CRD 模式中没有该字段'], [
		'The CRD schema does not declare the field and does not preserve unknown fields there. The API server prunes such fields, and with strict field validation (kubectl apply\'s default) it refuses the object instead.',
		'CRD 模式没有声明该字段，也没有在此处保留未知字段。API 服务器会裁剪这类字段；在严格字段校验下（kubectl apply 的默认行为）则直接拒绝该对象。',
	], PRUNING),
	entry('crd/type-mismatch', 'custom-resource', 'error', ['Wrong type for the CRD schema', '类型与 CRD 模式不符'], [
		'The value does not have the type the CRD schema declares (integer, string, boolean, object, array, or integer-or-string). Quote values YAML would read as numbers or booleans.',
		'值的类型与 CRD 模式声明的类型（integer、string、boolean、object、array 或 integer-or-string）不符。YAML 会读成数字或布尔值的内容请加引号。',
	], INSTANCE),
	entry('crd/missing-required', 'custom-resource', 'error', ['Required by the CRD schema', 'CRD 模式要求的字段'], [
		'The CRD schema lists the field under required and gives it no default.',
		'CRD 模式在 required 中列出了该字段，且没有为它设置默认值。',
	], INSTANCE),
	entry('crd/invalid-value', 'custom-resource', 'error', ['Value refused by the CRD schema', '值不符合 CRD 模式'], [
		'The value breaks one of the schema\'s value rules: enum, pattern, minimum/maximum, minLength/maxLength, minItems/maxItems, minProperties/maxProperties, multipleOf, format (date-time, date, byte, uuid, ipv4, int32), anyOf/oneOf/not, or x-kubernetes-list-type set/map uniqueness.',
		'值违反了模式的某条取值规则：enum、pattern、minimum/maximum、minLength/maxLength、minItems/maxItems、minProperties/maxProperties、multipleOf、format（date-time、date、byte、uuid、ipv4、int32）、anyOf/oneOf/not，或 x-kubernetes-list-type 为 set/map 时的唯一性。',
	], `${INSTANCE}; pkg/apiserver/schema/listtype/validation.go, ValidateListSetsAndMaps`),
	entry('crd/cel-rule', 'custom-resource', 'error', ['CEL validation rule failed', 'CEL 校验规则未通过'], [
		'An x-kubernetes-validations rule of the CRD evaluated to false for this value (with defaults applied, self bound to the value the rule sits on). The message is the rule\'s own message when it has one.',
		'CRD 的某条 x-kubernetes-validations 规则对这个值求值为 false（已应用默认值，self 绑定到规则所在的值）。若规则有自己的 message，则显示它。',
	], CEL),
	entry('crd/cel-not-evaluated', 'custom-resource', 'info', ['CEL rule not evaluated', 'CEL 规则未求值'], [
		'The rule calls a Kubernetes CEL library this checker does not have (quantity, url, ip, cidr, format, authz …) or could not be evaluated on this value, so it is not judged; the verdict then does not claim the object is accepted.',
		'该规则调用了本检查器不具备的 Kubernetes CEL 库（quantity、url、ip、cidr、format、authz ……），或无法对这个值求值，因此不作判断；此时结论不会声称该对象会被接受。',
	], CEL),
	entry('crd/cel-transition-rule', 'custom-resource', 'info', ['Transition rule (updates only)', '转换规则（仅更新时）'], [
		'A rule that reads oldSelf compares an update with the stored object; on a create there is none and the API server skips it, as this checker does.',
		'读取 oldSelf 的规则用于比较更新与已存储的对象；创建时没有旧对象，API 服务器会跳过它，本检查器也一样。',
	], `${CEL} (transition rules need an old object)`),
	entry('helm/unrendered-template', 'syntax', 'error', ['Unrendered Helm template', '未渲染的 Helm 模板'], [
		'The text holds Go-template actions ({{ .Values.x }}, {{- if … }}): it is a Helm chart template, not a manifest. Render it with helm template (or helm install --dry-run) and check the output; documents with such actions are not checked, and this one error replaces the YAML errors the braces would cause.',
		'文本中含有 Go 模板动作（{{ .Values.x }}、{{- if … }}）：这是 Helm chart 模板，而不是清单。请用 helm template（或 helm install --dry-run）渲染后检查输出；含这类动作的文档不做检查，这一条错误代替了花括号会引发的一连串 YAML 错误。',
	], 'helm/helm pkg/engine/engine.go, Engine.Render (templates are rendered before anything reaches the API server)'),
	entry('kustomize/kustomization', 'custom-resource', 'info', ['kustomization file', 'kustomization 文件'], [
		'A kustomization.yaml is kustomize\'s input, read by kubectl apply -k or kustomize build, not an object for the API server: it needs no metadata.name. Its fields are checked against kustomize\'s types; the resources and patches it names are files that are not in the paste.',
		'kustomization.yaml 是 kustomize 的输入，由 kubectl apply -k 或 kustomize build 读取，而不是交给 API 服务器的对象：它不需要 metadata.name。其字段按 kustomize 的类型检查；它引用的资源和补丁是不在粘贴内容中的文件。',
	], `${KUSTOMIZATION}, Kustomization`),
	entry('kustomize/invalid-kind', 'custom-resource', 'error', ['Invalid kustomization kind', 'kustomization 的 kind 无效'], [
		'In kustomize\'s group the kind is Kustomization or Component.',
		'在 kustomize 的组中，kind 只能是 Kustomization 或 Component。',
	], `${KUSTOMIZATION}, Kustomization.EnforceFields`),
	entry('kustomize/invalid-api-version', 'custom-resource', 'error', ['Invalid kustomization apiVersion', 'kustomization 的 apiVersion 无效'], [
		'A Kustomization is kustomize.config.k8s.io/v1beta1 and a Component kustomize.config.k8s.io/v1alpha1 (or leave apiVersion out).',
		'Kustomization 的 apiVersion 是 kustomize.config.k8s.io/v1beta1，Component 的是 kustomize.config.k8s.io/v1alpha1（也可以省略 apiVersion）。',
	], `${KUSTOMIZATION}, Kustomization.EnforceFields`),
	entry('kustomize/unknown-field', 'custom-resource', 'error', ['Unknown kustomization field', '未知的 kustomization 字段'], [
		'kustomize decodes the file with unknown fields disallowed (field names match regardless of case), so a misspelt or misplaced field stops the build.',
		'kustomize 解码该文件时不允许未知字段（字段名不区分大小写），因此拼错或放错位置的字段会让构建失败。',
	], `${KUSTOMIZATION}, Kustomization.Unmarshal`),
	entry('kustomize/type-mismatch', 'custom-resource', 'error', ['Wrong type in kustomization', 'kustomization 中的类型错误'], [
		'The value does not decode into the Go field\'s type: a number where a string is declared (newTag: 1.20 — quote it), a mapping where a list is declared, and so on.',
		'值无法解码为 Go 字段的类型：声明为字符串处写了数字（newTag: 1.20——请加引号）、声明为列表处写了映射，等等。',
	], `${KUSTOMIZATION}, Kustomization.Unmarshal`),
	entry('kustomize/invalid-value', 'custom-resource', 'error', ['Invalid kustomization value', 'kustomization 的值无效'], [
		'A value kustomize does not accept, such as a sortOptions.order other than legacy or fifo.',
		'kustomize 不接受的值，例如 sortOptions.order 不是 legacy 或 fifo。',
	], `${KUSTOMIZATION}; api/types/sortoptions.go`),
	entry('kustomize/deprecated-field', 'custom-resource', 'warning', ['Deprecated kustomization field', '已弃用的 kustomization 字段'], [
		'bases, commonLabels, imageTags, patchesJson6902, patchesStrategicMerge and vars still work but kustomize warns about them; kustomize edit fix rewrites them to resources, labels, images, patches and replacements.',
		'bases、commonLabels、imageTags、patchesJson6902、patchesStrategicMerge 和 vars 仍然可用，但 kustomize 会发出警告；kustomize edit fix 会把它们改写为 resources、labels、images、patches 和 replacements。',
	], `${KUSTOMIZATION}, Kustomization.CheckDeprecatedFields`),
];
