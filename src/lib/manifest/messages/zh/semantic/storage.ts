// 简体中文 words of src/lib/manifest/semantic/storage.ts (same ids and params as the English file).
import { formatNumber } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/storage.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/storage-access-modes': (p) => `${p.kind} 的 spec.accessModes 至少需要一种访问模式，例如 [ReadWriteOnce]。`,
	'semantic/storage-access-modes:read-write-once-pod-may-not-be-combined': () => `ReadWriteOncePod 不能与其他访问模式组合。`,
	'semantic/storage-class-name': (p) => `storageClassName“${p.name}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/pv-capacity': () => `spec.capacity 为必填项：请给出卷的大小，例如 capacity: { storage: 10Gi }。`,
	'semantic/pv-capacity:capacity-may-only-hold-storage': (p) => `capacity 只能包含“storage”，不能包含“${p.name}”。`,
	'semantic/pv-capacity:capacity-must-be-greater-than': (p) => `capacity ${p.name} ${p.text} 必须大于或等于 0。`,
	'semantic/pv-capacity:capacity-must-hold-storage': () => `capacity 必须包含“storage”。`,
	'semantic/pv-source': (p) => `“${p.name}”是第二种卷来源：PersistentVolume 只能指定一种。`,
	'semantic/pv-source:this-persistent-volume-names-no-volume': () => `这个 PersistentVolume 没有指定卷来源：请添加一种，例如 csi、nfs、hostPath 或 local。`,
	'semantic/pv-source:node-affinity-must-specify-required-node': () => `nodeAffinity 必须指定必需的节点约束（nodeAffinity.required）。`,
	'semantic/pv-source:a-local-volume-requires-spec-node-affini': () => `local 卷需要 spec.nodeAffinity：磁盘所在的节点。`,
	'semantic/pv-source:persistent-volume-reclaim-policy-may-not': () => `路径为“/”的 hostPath 的 persistentVolumeReclaimPolicy 不能为 Recycle：回收会删除节点的根文件系统。`,
	'semantic/pv-source-fields': (p) => `${p.path}.${p.name} 为必填项。`,
	'semantic/pv-source-fields:path-must-not-contain': (p) => `${p.path}.path“${p.value}”不能包含“..”。`,
	'semantic/pv-source-fields:nfs-path-must-be-an-absolute': (p) => `nfs.path“${p.path}”必须是绝对路径（以“/”开头）。`,
	'semantic/pvc-data-source': (p) => `${p.path}.${p.name} 为必填项。`,
	'semantic/pvc-data-source:kind-needs-an-api-group-without': (p) =>
		`kind“${p.kind}”需要 apiGroup：不设置 apiGroup 时只能引用 PersistentVolumeClaim${p.hasValue ? `（VolumeSnapshot 属于 snapshot.storage.k8s.io）` : ``}。`,
	'semantic/pvc-data-source:api-group-is-invalid-it': (p) => `apiGroup“${p.group}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/pvc-data-source:data-source-ref-namespace-is-not-a-valid': (p) => `dataSourceRef.namespace“${p.namespace}”不是合法的命名空间名称。`,
	'semantic/pvc-data-source:data-source-may-not-be-set': () => `设置了 dataSourceRef.namespace 时不能设置 dataSource。`,
	'semantic/pvc-data-source:data-source-and-data-source-ref-must-mat': () => `同时设置时 dataSource 和 dataSourceRef 必须相同：请只保留 dataSourceRef。`,
	'semantic/pvc-storage-request': () => `spec.resources.requests.storage 为必填项：这个 PVC 请求的存储容量，例如 1Gi。`,
	'semantic/pvc-storage-request:storage-request-must-be-greater': (p) => `存储请求 ${p.text} 必须大于或等于 0。`,
	'semantic/storageclass-provisioner': () => `provisioner 为必填项：创建卷的卷插件或 CSI 驱动。`,
	'semantic/storageclass-provisioner:provisioner-is-invalid': (p) => `provisioner“${p.provisioner}”无效：${p.problem}。`,
	'semantic/storageclass-parameters': (p) => `parameters 有 ${formatNumber('zh', p.listCount)} 项；最多允许 512 项。`,
	'semantic/storageclass-parameters:a-parameter-key-may-not': () => `参数键不能为空。`,
	'semantic/storageclass-parameters:parameters-total-bytes-at-most': (p) => `parameters 合计 ${formatNumber('zh', p.total)} 字节；最多允许 262,144 字节（256 KiB）。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/storage-access-modes': {
		title: '访问模式缺失或冲突',
		explanation: 'PersistentVolume 或 PersistentVolumeClaim 至少需要一种访问模式，且 ReadWriteOncePod 不能与其他模式组合。',
	},
	'semantic/pv-capacity': { title: 'PersistentVolume 容量无效', explanation: 'spec.capacity 为必填项，且只能有 storage 一项，值为非负的数量，例如 10Gi。' },
	'semantic/pv-source': {
		title: 'PersistentVolume 卷来源',
		explanation:
			'PersistentVolume 必须且只能指定一种卷来源（csi、nfs、hostPath、local、iscsi ……）。local 卷还需要带 required 条件的 spec.nodeAffinity；路径为“/”的 hostPath 不能使用 Recycle 回收策略。',
	},
	'semantic/pv-source-fields': {
		title: 'PersistentVolume 卷来源不完整',
		explanation: '卷来源需要各自的字段：nfs 需要 server 和绝对路径 path；hostPath 和 local 需要不含“..”段的 path；csi 需要 driver 和 volumeHandle。',
	},
	'semantic/pvc-storage-request': { title: 'PersistentVolumeClaim 存储请求', explanation: 'PVC 需要 spec.resources.requests.storage，值为非负的数量，例如 1Gi。' },
	'semantic/pvc-data-source': {
		title: '数据源无效',
		explanation:
			'dataSource 和 dataSourceRef 需要 kind 和 name；不设置 apiGroup 时 kind 只能是 PersistentVolumeClaim（VolumeSnapshot 需要 apiGroup snapshot.storage.k8s.io）。两者都设置（且没有 namespace）时必须相同。',
	},
	'semantic/storage-class-name': { title: 'storageClassName 无效', explanation: 'storageClassName 是 StorageClass 的名称：DNS-1123 子域名（小写字母、数字、“-”和“.”）。' },
	'semantic/storageclass-provisioner': {
		title: 'StorageClass 供应者无效',
		explanation: 'provisioner 是限定名称，例如 ebs.csi.aws.com 或 kubernetes.io/no-provisioner（可选的 DNS 前缀和“/”，然后是最多 63 个字母、数字、“-”、“_”和“.”）。',
	},
	'semantic/storageclass-parameters': { title: 'StorageClass 参数过多', explanation: 'parameters 最多 512 项，合计不超过 256 KiB，且键不能为空。' },
};
