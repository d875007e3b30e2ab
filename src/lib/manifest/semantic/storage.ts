// PersistentVolume and PersistentVolumeClaim, as kube-apiserver validates them
// (pkg/apis/core/validation/validation.go ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec),
// and StorageClass (pkg/apis/storage/validation/validation.go ValidateStorageClass).
// The v1 defaults (reclaim policy Retain, volumeMode Filesystem) change none of these checks.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, elements, entries, isEmpty, isSet, reportAt, reportKey, rootLoc, str, DNS1123_SUBDOMAIN_TEXT } from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Label, isDNS1123Subdomain, isNegativeQuantity, qualifiedNameProblem, readQuantity } from './values.ts';

const PV = 'pkg/apis/core/validation/validation.go ValidatePersistentVolumeSpec';
const PVC = 'pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec';

export const rules: RuleInfo[] = [
	semanticRule('semantic/storage-access-modes', 'error', ['Missing or conflicting access modes', '访问模式缺失或冲突'], [
		'A PersistentVolume or PersistentVolumeClaim needs at least one access mode, and ReadWriteOncePod may not be combined with another mode.',
		'PersistentVolume 或 PersistentVolumeClaim 至少需要一种访问模式，且 ReadWriteOncePod 不能与其他模式组合。',
	], `${PV}, ValidatePersistentVolumeClaimSpec`),
	semanticRule('semantic/pv-capacity', 'error', ['Invalid PersistentVolume capacity', 'PersistentVolume 容量无效'], [
		'spec.capacity is required and holds exactly one entry, storage, a non-negative quantity such as 10Gi.',
		'spec.capacity 为必填项，且只能有 storage 一项，值为非负的数量，例如 10Gi。',
	], PV),
	semanticRule('semantic/pv-source', 'error', ['PersistentVolume source', 'PersistentVolume 卷来源'], [
		'A PersistentVolume names exactly one volume source (csi, nfs, hostPath, local, iscsi …). A local volume also needs spec.nodeAffinity with required terms; a hostPath of "/" may not use the Recycle policy.',
		'PersistentVolume 必须且只能指定一种卷来源（csi、nfs、hostPath、local、iscsi ……）。local 卷还需要带 required 条件的 spec.nodeAffinity；路径为“/”的 hostPath 不能使用 Recycle 回收策略。',
	], PV),
	semanticRule('semantic/pv-source-fields', 'error', ['Incomplete PersistentVolume source', 'PersistentVolume 卷来源不完整'], [
		'The volume source needs its own fields: nfs a server and an absolute path; hostPath and local a path without ".." segments; csi a driver and a volumeHandle.',
		'卷来源需要各自的字段：nfs 需要 server 和绝对路径 path；hostPath 和 local 需要不含“..”段的 path；csi 需要 driver 和 volumeHandle。',
	], 'pkg/apis/core/validation/validation.go validateNFSVolumeSource, validateHostPathVolumeSource, validateLocalVolumeSource, validateCSIPersistentVolumeSource'),
	semanticRule('semantic/pvc-storage-request', 'error', ['PersistentVolumeClaim storage request', 'PersistentVolumeClaim 存储请求'], [
		'A claim needs spec.resources.requests.storage, a non-negative quantity such as 1Gi.',
		'PVC 需要 spec.resources.requests.storage，值为非负的数量，例如 1Gi。',
	], PVC),
	semanticRule('semantic/pvc-data-source', 'error', ['Invalid data source', '数据源无效'], [
		'dataSource and dataSourceRef need a kind and a name; without an apiGroup the kind must be PersistentVolumeClaim (a VolumeSnapshot needs apiGroup snapshot.storage.k8s.io). When both are set (without a namespace), they must be equal.',
		'dataSource 和 dataSourceRef 需要 kind 和 name；不设置 apiGroup 时 kind 只能是 PersistentVolumeClaim（VolumeSnapshot 需要 apiGroup snapshot.storage.k8s.io）。两者都设置（且没有 namespace）时必须相同。',
	], 'pkg/apis/core/validation/validation.go validateDataSource'),
	semanticRule('semantic/storage-class-name', 'error', ['Invalid storageClassName', 'storageClassName 无效'], [
		'storageClassName names a StorageClass: a DNS-1123 subdomain (lowercase letters, digits, "-" and ".").',
		'storageClassName 是 StorageClass 的名称：DNS-1123 子域名（小写字母、数字、“-”和“.”）。',
	], 'pkg/apis/core/validation/validation.go ValidateClassName'),
	semanticRule('semantic/storageclass-provisioner', 'error', ['Invalid StorageClass provisioner', 'StorageClass 供应者无效'], [
		'provisioner is a qualified name such as ebs.csi.aws.com or kubernetes.io/no-provisioner (an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" and ".").',
		'provisioner 是限定名称，例如 ebs.csi.aws.com 或 kubernetes.io/no-provisioner（可选的 DNS 前缀和“/”，然后是最多 63 个字母、数字、“-”、“_”和“.”）。',
	], 'pkg/apis/storage/validation/validation.go validateProvisioner'),
	semanticRule('semantic/storageclass-parameters', 'error', ['Too many StorageClass parameters', 'StorageClass 参数过多'], [
		'parameters may hold at most 512 entries of at most 256 KiB in total, and no empty key.',
		'parameters 最多 512 项，合计不超过 256 KiB，且键不能为空。',
	], 'pkg/apis/storage/validation/validation.go validateParameters'),
];

function validateAccessModes(context: SemanticContext, spec: Loc, root: Loc, kind: string): void {
	const rule = 'semantic/storage-access-modes';
	const modes = child(spec, 'accessModes');
	const values = elements(modes).map((l) => str(l));
	if (isEmpty(modes)) {
		context.report(rule, text(`A ${kind} needs at least one access mode in spec.accessModes, e.g. [ReadWriteOnce].`, `${kind} 的 spec.accessModes 至少需要一种访问模式，例如 [ReadWriteOnce]。`), modes.key ?? spec.key ?? child(root, 'kind').at, [...spec.path, 'accessModes']);
		return;
	}
	const known = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany'];
	if (values.includes('ReadWriteOncePod') && values.some((v) => v !== undefined && known.includes(v))) {
		reportKey(context, rule, text('ReadWriteOncePod may not be combined with other access modes.', 'ReadWriteOncePod 不能与其他访问模式组合。'), modes);
	}
}

function validateClassName(context: SemanticContext, spec: Loc): void {
	const loc = child(spec, 'storageClassName');
	const name = str(loc);
	if (name && !isDNS1123Subdomain(name)) reportAt(context, 'semantic/storage-class-name', text(`storageClassName "${name}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `storageClassName“${name}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), loc);
}

// Go's order of the checks; flexVolume is counted without the "more than one" test (as Go does).
const PV_SOURCES = ['hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'glusterfs', 'flocker', 'nfs', 'rbd', 'quobyte', 'cephfs', 'iscsi', 'cinder', 'fc', 'flexVolume', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume', 'azureDisk', 'scaleIO', 'local', 'storageos', 'csi'];

/** path.Clean for the "/" test. */
function cleanPath(path: string): string {
	const out: string[] = [];
	for (const part of path.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') out.pop();
		else out.push(part);
	}
	return (path.startsWith('/') ? '/' : '') + out.join('/') || '.';
}

function validatePersistentVolume(context: SemanticContext): void {
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	validateAccessModes(context, spec, root, 'PersistentVolume');
	const capacity = child(spec, 'capacity');
	const capRule = 'semantic/pv-capacity';
	const capEntries = entries(capacity);
	if (isEmpty(capacity)) {
		context.report(capRule, text('spec.capacity is required: give the volume\'s size, e.g. capacity: { storage: 10Gi }.', 'spec.capacity 为必填项：请给出卷的大小，例如 capacity: { storage: 10Gi }。'), capacity.key ?? spec.key ?? child(root, 'kind').at, [...spec.path, 'capacity']);
	}
	for (const entry of capEntries) {
		if (entry.name !== 'storage') reportKey(context, capRule, text(`capacity may only hold "storage", not "${entry.name}".`, `capacity 只能包含“storage”，不能包含“${entry.name}”。`), entry);
		const quantity = readQuantity(entry.node);
		if (quantity && isNegativeQuantity(quantity)) reportAt(context, capRule, text(`capacity ${entry.name} ${quantity.text} must be greater than or equal to 0.`, `capacity ${entry.name} ${quantity.text} 必须大于或等于 0。`), entry);
	}
	if (capEntries.length > 0 && !capEntries.some((e) => e.name === 'storage')) {
		context.report(capRule, text('capacity must hold "storage".', 'capacity 必须包含“storage”。'), capacity.key, capacity.path);
	}

	const rule = 'semantic/pv-source';
	let count = 0;
	for (const name of PV_SOURCES) {
		const source = child(spec, name);
		if (!isSet(source)) continue;
		if (name === 'flexVolume') count++;
		else if (count > 0) reportKey(context, rule, text(`"${name}" is a second volume source: a PersistentVolume may specify only one.`, `“${name}”是第二种卷来源：PersistentVolume 只能指定一种。`), source);
		else count++;
	}
	if (count === 0) {
		context.report(rule, text('This PersistentVolume names no volume source: add one, e.g. csi, nfs, hostPath or local.', '这个 PersistentVolume 没有指定卷来源：请添加一种，例如 csi、nfs、hostPath 或 local。'), spec.key ?? child(root, 'kind').at, spec.path);
	}
	validateSourceFields(context, spec);
	const affinity = child(spec, 'nodeAffinity');
	if (isSet(affinity) && !isSet(child(affinity, 'required'))) {
		reportKey(context, rule, text('nodeAffinity must specify required node constraints (nodeAffinity.required).', 'nodeAffinity 必须指定必需的节点约束（nodeAffinity.required）。'), affinity);
	}
	const local = child(spec, 'local');
	if (isSet(local) && !isSet(affinity) && PV_SOURCES.slice(0, PV_SOURCES.indexOf('local')).every((n) => !isSet(child(spec, n)))) {
		reportKey(context, rule, text('A local volume requires spec.nodeAffinity: the node the disk is attached to.', 'local 卷需要 spec.nodeAffinity：磁盘所在的节点。'), local);
	}
	const hostPath = str(child(child(spec, 'hostPath'), 'path'));
	const policyLoc = child(spec, 'persistentVolumeReclaimPolicy');
	if (hostPath !== undefined && cleanPath(hostPath) === '/' && str(policyLoc) === 'Recycle') {
		reportAt(context, rule, text('persistentVolumeReclaimPolicy may not be Recycle for a hostPath of "/": recycling would delete the node\'s root file system.', '路径为“/”的 hostPath 的 persistentVolumeReclaimPolicy 不能为 Recycle：回收会删除节点的根文件系统。'), policyLoc);
	}
	validateClassName(context, spec);
}

function validateSourceFields(context: SemanticContext, spec: Loc): void {
	const rule = 'semantic/pv-source-fields';
	const required = (source: Loc, name: string) => {
		const loc = child(source, name);
		if (str(loc) !== '') return false;
		reportAt(context, rule, text(`${source.path.at(-1)}.${name} is required.`, `${source.path.at(-1)}.${name} 为必填项。`), loc);
		return true;
	};
	const noBacksteps = (source: Loc) => {
		const loc = child(source, 'path');
		const value = str(loc);
		if (value !== undefined && value.split('/').includes('..')) reportAt(context, rule, text(`${source.path.at(-1)}.path "${value}" must not contain "..".`, `${source.path.at(-1)}.path“${value}”不能包含“..”。`), loc);
	};
	const nfs = child(spec, 'nfs');
	if (isSet(nfs)) {
		required(nfs, 'server');
		const pathLoc = child(nfs, 'path');
		const path = str(pathLoc);
		if (!required(nfs, 'path') && path !== undefined && !path.startsWith('/')) reportAt(context, rule, text(`nfs.path "${path}" must be an absolute path (start it with "/").`, `nfs.path“${path}”必须是绝对路径（以“/”开头）。`), pathLoc);
	}
	for (const name of ['hostPath', 'local']) {
		const source = child(spec, name);
		if (isSet(source) && !required(source, 'path')) noBacksteps(source);
	}
	const csi = child(spec, 'csi');
	if (isSet(csi)) {
		required(csi, 'driver');
		required(csi, 'volumeHandle');
	}
}

function validateDataSources(context: SemanticContext, spec: Loc): void {
	const rule = 'semantic/pvc-data-source';
	const source = child(spec, 'dataSource');
	const ref = child(spec, 'dataSourceRef');
	for (const loc of [source, ref]) {
		if (!isSet(loc)) continue;
		for (const name of ['name', 'kind']) {
			const value = child(loc, name);
			if (str(value) === '') reportAt(context, rule, text(`${loc.path.at(-1)}.${name} is required.`, `${loc.path.at(-1)}.${name} 为必填项。`), value);
		}
		const groupLoc = child(loc, 'apiGroup');
		const group = str(groupLoc) ?? '';
		const kindLoc = child(loc, 'kind');
		const kind = str(kindLoc);
		if (group === '' && kind && kind !== 'PersistentVolumeClaim') {
			reportAt(context, rule, text(`kind "${kind}" needs an apiGroup: without one, only PersistentVolumeClaim can be referenced${kind === 'VolumeSnapshot' ? ' (a VolumeSnapshot is in snapshot.storage.k8s.io)' : ''}.`, `kind“${kind}”需要 apiGroup：不设置 apiGroup 时只能引用 PersistentVolumeClaim${kind === 'VolumeSnapshot' ? '（VolumeSnapshot 属于 snapshot.storage.k8s.io）' : ''}。`), kindLoc);
		}
		if (group !== '' && !isDNS1123Subdomain(group)) reportAt(context, rule, text(`apiGroup "${group}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `apiGroup“${group}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), groupLoc);
	}
	const namespaceLoc = child(ref, 'namespace');
	const namespace = str(namespaceLoc);
	if (namespace) {
		if (!isDNS1123Label(namespace)) reportAt(context, rule, text(`dataSourceRef.namespace "${namespace}" is not a valid namespace name.`, `dataSourceRef.namespace“${namespace}”不是合法的命名空间名称。`), namespaceLoc);
		if (isSet(source)) reportKey(context, rule, text('dataSource may not be set when dataSourceRef.namespace is set.', '设置了 dataSourceRef.namespace 时不能设置 dataSource。'), source);
	} else if (isSet(source) && isSet(ref)) {
		const same = ['apiGroup', 'kind', 'name'].every((name) => (str(child(source, name)) ?? null) === (str(child(ref, name)) ?? null));
		if (!same) reportKey(context, rule, text('dataSource and dataSourceRef must match when both are set: keep only dataSourceRef.', '同时设置时 dataSource 和 dataSourceRef 必须相同：请只保留 dataSourceRef。'), source);
	}
}

function validateClaim(context: SemanticContext): void {
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	validateAccessModes(context, spec, root, 'PersistentVolumeClaim');
	const resources = child(spec, 'resources');
	const requests = child(resources, 'requests');
	const storage = child(requests, 'storage');
	const rule = 'semantic/pvc-storage-request';
	if (!storage.present) {
		context.report(rule, text('spec.resources.requests.storage is required: how much storage the claim asks for, e.g. 1Gi.', 'spec.resources.requests.storage 为必填项：这个 PVC 请求的存储容量，例如 1Gi。'), requests.key ?? resources.key ?? spec.key ?? child(root, 'kind').at, [...spec.path, 'resources', 'requests', 'storage']);
	} else {
		const quantity = readQuantity(storage.node);
		if (quantity && isNegativeQuantity(quantity)) reportAt(context, rule, text(`storage request ${quantity.text} must be greater than or equal to 0.`, `存储请求 ${quantity.text} 必须大于或等于 0。`), storage);
	}
	validateClassName(context, spec);
	validateDataSources(context, spec);
}

function validateStorageClass(context: SemanticContext): void {
	const root = rootLoc(context);
	const provisionerLoc = child(root, 'provisioner');
	const provisioner = str(provisionerLoc);
	if (provisioner === '') reportAt(context, 'semantic/storageclass-provisioner', text('provisioner is required: the volume plugin or CSI driver that creates the volumes.', 'provisioner 为必填项：创建卷的卷插件或 CSI 驱动。'), provisionerLoc);
	else if (provisioner !== undefined) {
		const problem = qualifiedNameProblem(provisioner.toLowerCase());
		if (problem) reportAt(context, 'semantic/storageclass-provisioner', text(`provisioner "${provisioner}" is invalid: ${problem.en}.`, `provisioner“${provisioner}”无效：${problem.zh}。`), provisionerLoc);
	}
	const parameters = child(root, 'parameters');
	const list = entries(parameters);
	const rule = 'semantic/storageclass-parameters';
	if (list.length > 512) {
		reportKey(context, rule, text(`parameters has ${list.length} entries; at most 512 are allowed.`, `parameters 有 ${list.length} 项；最多允许 512 项。`), parameters);
		return;
	}
	let total = 0;
	for (const entry of list) {
		if (entry.name === '') reportKey(context, rule, text('A parameter key may not be empty.', '参数键不能为空。'), entry);
		total += utf8Bytes(entry.name) + utf8Bytes(str(entry) ?? '');
	}
	if (total > 256 * 1024) reportKey(context, rule, text(`parameters total ${total} bytes; at most 262144 (256 KiB) are allowed.`, `parameters 合计 ${total} 字节；最多允许 262144 字节（256 KiB）。`), parameters);
}

function utf8Bytes(value: string): number {
	return new TextEncoder().encode(value).length;
}

export const validators: Record<string, SemanticValidator> = {
	'storage.k8s.io/StorageClass': validateStorageClass,
	'/PersistentVolume': validatePersistentVolume,
	'/PersistentVolumeClaim': validateClaim,
};
