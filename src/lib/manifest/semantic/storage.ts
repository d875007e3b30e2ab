// PersistentVolume and PersistentVolumeClaim, as kube-apiserver validates them
// (pkg/apis/core/validation/validation.go ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec),
// and StorageClass (pkg/apis/storage/validation/validation.go ValidateStorageClass).
// The v1 defaults (reclaim policy Retain, volumeMode Filesystem) change none of these checks.
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, elements, entries, isEmpty, isSet, reportAt, reportKey, rootLoc, str, DNS1123_SUBDOMAIN_TEXT } from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Label, isDNS1123Subdomain, isNegativeQuantity, qualifiedNameProblem, readQuantity } from './values.ts';
import { message } from '../message.ts';

const PV = 'pkg/apis/core/validation/validation.go ValidatePersistentVolumeSpec';
const PVC = 'pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec';

export const rules = [
	semanticRule('semantic/storage-access-modes', 'error', `${PV}, ValidatePersistentVolumeClaimSpec`),
	semanticRule('semantic/pv-capacity', 'error', PV),
	semanticRule('semantic/pv-source', 'error', PV),
	semanticRule(
		'semantic/pv-source-fields',
		'error',
		'pkg/apis/core/validation/validation.go validateNFSVolumeSource, validateHostPathVolumeSource, validateLocalVolumeSource, validateCSIPersistentVolumeSource',
	),
	semanticRule('semantic/pvc-storage-request', 'error', PVC),
	semanticRule('semantic/pvc-data-source', 'error', 'pkg/apis/core/validation/validation.go validateDataSource'),
	semanticRule('semantic/storage-class-name', 'error', 'pkg/apis/core/validation/validation.go ValidateClassName'),
	semanticRule('semantic/storageclass-provisioner', 'error', 'pkg/apis/storage/validation/validation.go validateProvisioner'),
	semanticRule('semantic/storageclass-parameters', 'error', 'pkg/apis/storage/validation/validation.go validateParameters'),
];

function validateAccessModes(context: SemanticContext, spec: Loc, root: Loc, kind: string): void {
	const rule = 'semantic/storage-access-modes';
	const modes = child(spec, 'accessModes');
	const values = elements(modes).map((l) => str(l));
	if (isEmpty(modes)) {
		context.report(rule, message('semantic/storage-access-modes', { kind }), modes.key ?? spec.key ?? child(root, 'kind').at, [...spec.path, 'accessModes']);
		return;
	}
	const known = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany'];
	if (values.includes('ReadWriteOncePod') && values.some((v) => v !== undefined && known.includes(v))) {
		reportKey(context, rule, message('semantic/storage-access-modes:read-write-once-pod-may-not-be-combined'), modes);
	}
}

function validateClassName(context: SemanticContext, spec: Loc): void {
	const loc = child(spec, 'storageClassName');
	const name = str(loc);
	if (name && !isDNS1123Subdomain(name)) reportAt(context, 'semantic/storage-class-name', message('semantic/storage-class-name', { name, DNS1123_SUBDOMAIN_TEXT }), loc);
}

// Go's order of the checks; flexVolume is counted without the "more than one" test (as Go does).
const PV_SOURCES = [
	'hostPath',
	'gcePersistentDisk',
	'awsElasticBlockStore',
	'glusterfs',
	'flocker',
	'nfs',
	'rbd',
	'quobyte',
	'cephfs',
	'iscsi',
	'cinder',
	'fc',
	'flexVolume',
	'azureFile',
	'vsphereVolume',
	'photonPersistentDisk',
	'portworxVolume',
	'azureDisk',
	'scaleIO',
	'local',
	'storageos',
	'csi',
];

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
		context.report(capRule, message('semantic/pv-capacity'), capacity.key ?? spec.key ?? child(root, 'kind').at, [...spec.path, 'capacity']);
	}
	for (const entry of capEntries) {
		if (entry.name !== 'storage') reportKey(context, capRule, message('semantic/pv-capacity:capacity-may-only-hold-storage', { name: entry.name }), entry);
		const quantity = readQuantity(entry.node);
		if (quantity && isNegativeQuantity(quantity))
			reportAt(context, capRule, message('semantic/pv-capacity:capacity-must-be-greater-than', { name: entry.name, text: quantity.text }), entry);
	}
	if (capEntries.length > 0 && !capEntries.some((e) => e.name === 'storage')) {
		context.report(capRule, message('semantic/pv-capacity:capacity-must-hold-storage'), capacity.key, capacity.path);
	}

	const rule = 'semantic/pv-source';
	let count = 0;
	for (const name of PV_SOURCES) {
		const source = child(spec, name);
		if (!isSet(source)) continue;
		if (name === 'flexVolume') count++;
		else if (count > 0) reportKey(context, rule, message('semantic/pv-source', { name }), source);
		else count++;
	}
	if (count === 0) {
		context.report(rule, message('semantic/pv-source:this-persistent-volume-names-no-volume'), spec.key ?? child(root, 'kind').at, spec.path);
	}
	validateSourceFields(context, spec);
	const affinity = child(spec, 'nodeAffinity');
	if (isSet(affinity) && !isSet(child(affinity, 'required'))) {
		reportKey(context, rule, message('semantic/pv-source:node-affinity-must-specify-required-node'), affinity);
	}
	const local = child(spec, 'local');
	if (isSet(local) && !isSet(affinity) && PV_SOURCES.slice(0, PV_SOURCES.indexOf('local')).every((n) => !isSet(child(spec, n)))) {
		reportKey(context, rule, message('semantic/pv-source:a-local-volume-requires-spec-node-affini'), local);
	}
	const hostPath = str(child(child(spec, 'hostPath'), 'path'));
	const policyLoc = child(spec, 'persistentVolumeReclaimPolicy');
	if (hostPath !== undefined && cleanPath(hostPath) === '/' && str(policyLoc) === 'Recycle') {
		reportAt(context, rule, message('semantic/pv-source:persistent-volume-reclaim-policy-may-not'), policyLoc);
	}
	validateClassName(context, spec);
}

function validateSourceFields(context: SemanticContext, spec: Loc): void {
	const rule = 'semantic/pv-source-fields';
	const required = (source: Loc, name: string) => {
		const loc = child(source, name);
		if (str(loc) !== '') return false;
		reportAt(context, rule, message('semantic/pv-source-fields', { path: source.path.at(-1), name }), loc);
		return true;
	};
	const noBacksteps = (source: Loc) => {
		const loc = child(source, 'path');
		const value = str(loc);
		if (value !== undefined && value.split('/').includes('..'))
			reportAt(context, rule, message('semantic/pv-source-fields:path-must-not-contain', { path: source.path.at(-1), value }), loc);
	};
	const nfs = child(spec, 'nfs');
	if (isSet(nfs)) {
		required(nfs, 'server');
		const pathLoc = child(nfs, 'path');
		const path = str(pathLoc);
		if (!required(nfs, 'path') && path !== undefined && !path.startsWith('/'))
			reportAt(context, rule, message('semantic/pv-source-fields:nfs-path-must-be-an-absolute', { path }), pathLoc);
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
			if (str(value) === '') reportAt(context, rule, message('semantic/pvc-data-source', { path: loc.path.at(-1), name }), value);
		}
		const groupLoc = child(loc, 'apiGroup');
		const group = str(groupLoc) ?? '';
		const kindLoc = child(loc, 'kind');
		const kind = str(kindLoc);
		if (group === '' && kind && kind !== 'PersistentVolumeClaim') {
			reportAt(context, rule, message('semantic/pvc-data-source:kind-needs-an-api-group-without', { kind, hasValue: kind === 'VolumeSnapshot' }), kindLoc);
		}
		if (group !== '' && !isDNS1123Subdomain(group))
			reportAt(context, rule, message('semantic/pvc-data-source:api-group-is-invalid-it', { group, DNS1123_SUBDOMAIN_TEXT }), groupLoc);
	}
	const namespaceLoc = child(ref, 'namespace');
	const namespace = str(namespaceLoc);
	if (namespace) {
		if (!isDNS1123Label(namespace)) reportAt(context, rule, message('semantic/pvc-data-source:data-source-ref-namespace-is-not-a-valid', { namespace }), namespaceLoc);
		if (isSet(source)) reportKey(context, rule, message('semantic/pvc-data-source:data-source-may-not-be-set'), source);
	} else if (isSet(source) && isSet(ref)) {
		const same = ['apiGroup', 'kind', 'name'].every((name) => (str(child(source, name)) ?? null) === (str(child(ref, name)) ?? null));
		if (!same) reportKey(context, rule, message('semantic/pvc-data-source:data-source-and-data-source-ref-must-mat'), source);
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
		context.report(rule, message('semantic/pvc-storage-request'), requests.key ?? resources.key ?? spec.key ?? child(root, 'kind').at, [
			...spec.path,
			'resources',
			'requests',
			'storage',
		]);
	} else {
		const quantity = readQuantity(storage.node);
		if (quantity && isNegativeQuantity(quantity))
			reportAt(context, rule, message('semantic/pvc-storage-request:storage-request-must-be-greater', { text: quantity.text }), storage);
	}
	validateClassName(context, spec);
	validateDataSources(context, spec);
}

function validateStorageClass(context: SemanticContext): void {
	const root = rootLoc(context);
	const provisionerLoc = child(root, 'provisioner');
	const provisioner = str(provisionerLoc);
	if (provisioner === '') reportAt(context, 'semantic/storageclass-provisioner', message('semantic/storageclass-provisioner'), provisionerLoc);
	else if (provisioner !== undefined) {
		const problem = qualifiedNameProblem(provisioner.toLowerCase());
		if (problem)
			reportAt(context, 'semantic/storageclass-provisioner', message('semantic/storageclass-provisioner:provisioner-is-invalid', { provisioner, problem }), provisionerLoc);
	}
	const parameters = child(root, 'parameters');
	const list = entries(parameters);
	const rule = 'semantic/storageclass-parameters';
	if (list.length > 512) {
		reportKey(context, rule, message('semantic/storageclass-parameters', { listCount: list.length }), parameters);
		return;
	}
	let total = 0;
	for (const entry of list) {
		if (entry.name === '') reportKey(context, rule, message('semantic/storageclass-parameters:a-parameter-key-may-not'), entry);
		total += utf8Bytes(entry.name) + utf8Bytes(str(entry) ?? '');
	}
	if (total > 256 * 1024) reportKey(context, rule, message('semantic/storageclass-parameters:parameters-total-bytes-at-most', { total }), parameters);
}

function utf8Bytes(value: string): number {
	return new TextEncoder().encode(value).length;
}

export const validators: Record<string, SemanticValidator> = {
	'storage.k8s.io/StorageClass': validateStorageClass,
	'/PersistentVolume': validatePersistentVolume,
	'/PersistentVolumeClaim': validateClaim,
};
