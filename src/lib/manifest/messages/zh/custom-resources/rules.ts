// 简体中文 words of src/lib/manifest/custom-resources/rules.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/custom-resources/rules.ts';

export const messages: CatalogueLike<typeof en> = {};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'crd/invalid-name': {
		title: 'CRD 名称不是 plural.group',
		explanation: 'CustomResourceDefinition 必须按其定义的内容命名：spec.names.plural、一个点、spec.group（如 widgets.example.com）。API 服务器拒绝其他名称。',
	},
	'crd/invalid-group': { title: 'CRD 组无效', explanation: 'spec.group 必须是至少含一个点的 DNS-1123 子域名（如 example.com），以免不同所有者的组相互冲突。' },
	'crd/invalid-scope': { title: 'CRD 作用域无效', explanation: 'spec.scope 只能是 Namespaced（对象位于命名空间中）或 Cluster（整个集群一个）；不接受其他值。' },
	'crd/invalid-names': {
		title: 'CRD 名称字段无效',
		explanation:
			'plural、singular、shortNames 和 categories 必须是 DNS-1035 标签（小写，以字母开头）；kind 和 listKind 除大小写外遵循同样规则，且二者不能相同。singular 默认为小写的 kind，listKind 默认为 kind + "List"。',
	},
	'crd/invalid-version': { title: 'CRD 版本名无效', explanation: '版本名必须是 DNS-1035 标签（v1、v1beta1、v2alpha1），并且在 spec.versions 中各只出现一次。' },
	'crd/storage-version': { title: '存储版本不是恰好一个', explanation: '必须恰好有一个版本设置 storage: true：对象以这个版本的形式写入 etcd。零个或两个都会被拒绝。' },
	'crd/no-served-version': {
		title: '没有提供任何版本',
		explanation: '所有版本都是 served: false 的 CRD 会被 API 服务器接受，但之后无法创建或读取这种类型的任何对象（“no matches for kind”）。',
	},
	'crd/missing-schema': {
		title: '版本缺少模式',
		explanation: 'apiextensions.k8s.io/v1 要求每个版本都有 schema.openAPIV3Schema；没有模式的 CRD 只在已移除的 v1beta1 API 中才可以。',
	},
	'crd/structural-schema': {
		title: '不是结构化模式',
		explanation:
			'v1 CRD 的模式必须是结构化的：根节点是对象；每个字段和数组元素都有 type（除非设置了 x-kubernetes-int-or-string 或 x-kubernetes-preserve-unknown-fields）；每个数组都有 items；x-kubernetes-int-or-string 不与 type 同用；properties 与 additionalProperties 不同时出现；不使用 uniqueItems: true 和 $ref。',
	},
	'crd/version-not-served': {
		title: '版本未提供',
		explanation: '对象使用的 CRD 版本不存在或设置了 served: false，kubectl 会回答“no matches for kind”。请使用消息中列出的已提供版本。',
	},
	'crd/unknown-field': {
		title: 'CRD 模式中没有该字段',
		explanation: 'CRD 模式没有声明该字段，也没有在此处保留未知字段。API 服务器会裁剪这类字段；在严格字段校验下（kubectl apply 的默认行为）则直接拒绝该对象。',
	},
	'crd/type-mismatch': {
		title: '类型与 CRD 模式不符',
		explanation: '值的类型与 CRD 模式声明的类型（integer、string、boolean、object、array 或 integer-or-string）不符。YAML 会读成数字或布尔值的内容请加引号。',
	},
	'crd/missing-required': { title: 'CRD 模式要求的字段', explanation: 'CRD 模式在 required 中列出了该字段，且没有为它设置默认值。' },
	'crd/invalid-value': {
		title: '值不符合 CRD 模式',
		explanation:
			'值违反了模式的某条取值规则：enum、pattern、minimum/maximum、minLength/maxLength、minItems/maxItems、minProperties/maxProperties、multipleOf、format（date-time、date、byte、uuid、ipv4、int32）、anyOf/oneOf/not，或 x-kubernetes-list-type 为 set/map 时的唯一性。',
	},
	'crd/cel-rule': {
		title: 'CEL 校验规则未通过',
		explanation: 'CRD 的某条 x-kubernetes-validations 规则对这个值求值为 false（已应用默认值，self 绑定到规则所在的值）。若规则有自己的 message，则显示它。',
	},
	'crd/cel-not-evaluated': {
		title: 'CEL 规则未求值',
		explanation:
			'该规则调用了本检查器不具备的 Kubernetes CEL 库（quantity、url、ip、cidr、format、authz ……），或无法对这个值求值，因此不作判断；此时结论不会声称该对象会被接受。',
	},
	'crd/cel-transition-rule': {
		title: '转换规则（仅更新时）',
		explanation: '读取 oldSelf 的规则用于比较更新与已存储的对象；创建时没有旧对象，API 服务器会跳过它，本检查器也一样。',
	},
	'helm/unrendered-template': {
		title: '未渲染的 Helm 模板',
		explanation:
			'文本中含有 Go 模板动作（{{ .Values.x }}、{{- if … }}）：这是 Helm chart 模板，而不是清单。请用 helm template（或 helm install --dry-run）渲染后检查输出；含这类动作的文档不做检查，这一条错误代替了花括号会引发的一连串 YAML 错误。',
	},
	'kustomize/kustomization': {
		title: 'kustomization 文件',
		explanation:
			'kustomization.yaml 是 kustomize 的输入，由 kubectl apply -k 或 kustomize build 读取，而不是交给 API 服务器的对象：它不需要 metadata.name。其字段按 kustomize 的类型检查；它引用的资源和补丁是不在粘贴内容中的文件。',
	},
	'kustomize/invalid-kind': { title: 'kustomization 的 kind 无效', explanation: '在 kustomize 的组中，kind 只能是 Kustomization 或 Component。' },
	'kustomize/invalid-api-version': {
		title: 'kustomization 的 apiVersion 无效',
		explanation: 'Kustomization 的 apiVersion 是 kustomize.config.k8s.io/v1beta1，Component 的是 kustomize.config.k8s.io/v1alpha1（也可以省略 apiVersion）。',
	},
	'kustomize/unknown-field': {
		title: '未知的 kustomization 字段',
		explanation: 'kustomize 解码该文件时不允许未知字段（字段名不区分大小写），因此拼错或放错位置的字段会让构建失败。',
	},
	'kustomize/type-mismatch': {
		title: 'kustomization 中的类型错误',
		explanation: '值无法解码为 Go 字段的类型：声明为字符串处写了数字（newTag: 1.20——请加引号）、声明为列表处写了映射，等等。',
	},
	'kustomize/invalid-value': { title: 'kustomization 的值无效', explanation: 'kustomize 不接受的值，例如 sortOptions.order 不是 legacy 或 fifo。' },
	'kustomize/deprecated-field': {
		title: '已弃用的 kustomization 字段',
		explanation:
			'bases、commonLabels、imageTags、patchesJson6902、patchesStrategicMerge 和 vars 仍然可用，但 kustomize 会发出警告；kustomize edit fix 会把它们改写为 resources、labels、images、patches 和 replacements。',
	},
};
