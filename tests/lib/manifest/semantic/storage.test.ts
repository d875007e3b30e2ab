// PersistentVolume and PersistentVolumeClaim as kube-apiserver validates them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';

const text = readFileSync(new URL('./fixtures/storage.yaml', import.meta.url), 'utf8');

describe('semantic: PersistentVolume and PersistentVolumeClaim', () => {
	it('needs access modes, ReadWriteOncePod alone', () => {
		expect(located(text, 'semantic/storage-access-modes')).toEqual([
			{ line: 6, column: 3, endLine: 6, endColumn: 14, path: 'spec.accessModes' },
			{ line: 15, column: 1, endLine: 15, endColumn: 5, path: 'spec.accessModes' },
			{ line: 22, column: 3, endLine: 22, endColumn: 14, path: 'spec.accessModes' },
		]);
	});

	it('needs a PV capacity with storage only, non-negative', () => {
		expect(located(text, 'semantic/pv-capacity')).toEqual([
			{ line: 5, column: 24, endLine: 5, endColumn: 28, path: 'spec.capacity.storage' },
			{ line: 5, column: 30, endLine: 5, endColumn: 34, path: 'spec.capacity.iops' },
			{ line: 15, column: 1, endLine: 15, endColumn: 5, path: 'spec.capacity' },
		]);
	});

	it('needs exactly one volume source, node affinity for local volumes, no Recycle of "/"', () => {
		expect(located(text, 'semantic/pv-source')).toEqual([
			{ line: 7, column: 3, endLine: 7, endColumn: 6, path: 'spec.nfs' },
			{ line: 9, column: 34, endLine: 9, endColumn: 41, path: 'spec.persistentVolumeReclaimPolicy' },
			{ line: 16, column: 3, endLine: 16, endColumn: 8, path: 'spec.local' },
		]);
		expect(
			located('apiVersion: v1\nkind: PersistentVolume\nmetadata: { name: p }\nspec:\n  capacity: { storage: 1Gi }\n  accessModes: [ReadWriteOnce]\n', 'semantic/pv-source'),
		).toEqual([{ line: 4, column: 1, endLine: 4, endColumn: 5, path: 'spec' }]);
	});

	it('checks the class name', () => {
		expect(located(text, 'semantic/storage-class-name')).toEqual([{ line: 10, column: 21, endLine: 10, endColumn: 29, path: 'spec.storageClassName' }]);
	});

	it('needs a non-negative storage request on a claim', () => {
		expect(located(text, 'semantic/pvc-storage-request')).toEqual([
			{ line: 23, column: 16, endLine: 23, endColumn: 24, path: 'spec.resources.requests.storage' },
			{ line: 32, column: 37, endLine: 32, endColumn: 43, path: 'spec.resources.requests.storage' },
		]);
	});

	it('checks data sources: an apiGroup for other kinds, dataSource matching dataSourceRef', () => {
		expect(located(text, 'semantic/pvc-data-source')).toEqual([
			{ line: 24, column: 3, endLine: 24, endColumn: 13, path: 'spec.dataSource' },
			{ line: 24, column: 23, endLine: 24, endColumn: 37, path: 'spec.dataSource.kind' },
		]);
	});

	it('accepts valid volumes and claims (quantity forms, storage 0, snapshots, CSI, local with affinity)', () => {
		const valid = yaml`
			apiVersion: v1
			kind: PersistentVolume
			metadata: { name: local-ssd }
			spec:
			  capacity: { storage: 100G }
			  accessModes: [ReadWriteOncePod]
			  storageClassName: local-ssd
			  local: { path: /mnt/disks/ssd1 }
			  nodeAffinity:
			    required:
			      nodeSelectorTerms: [{ matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [node-1] }] }]
			---
			apiVersion: v1
			kind: PersistentVolume
			metadata: { name: csi }
			spec:
			  capacity: { storage: 1e9 }
			  accessModes: [ReadWriteMany, ReadOnlyMany]
			  csi: { driver: ebs.csi.aws.com, volumeHandle: vol-1 }
			---
			apiVersion: v1
			kind: PersistentVolumeClaim
			metadata: { name: restore }
			spec:
			  accessModes: [ReadWriteOnce]
			  storageClassName: ""
			  resources: { requests: { storage: 0 } }
			  dataSource: { apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: snap }
			  dataSourceRef: { apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: snap }
		`;
		expect(lint(valid).filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('checks StorageClass provisioners (qualified names, any case) and parameter limits', () => {
		const sc = (provisioner: string, parameters = '{ type: gp3 }') =>
			`apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: { name: fast }\nprovisioner: ${provisioner}\nparameters: ${parameters}\n`;
		expect(located(sc('"ebs csi"'), 'semantic/storageclass-provisioner')).toEqual([{ line: 4, column: 14, endLine: 4, endColumn: 23, path: 'provisioner' }]);
		expect(located(sc('Kubernetes.io/AWS-EBS'), 'semantic/storageclass-provisioner')).toEqual([]);
		expect(located(sc('ebs.csi.aws.com', `{ a: ${'x'.repeat(256 * 1024)} }`), 'semantic/storageclass-parameters')).toEqual([
			{ line: 5, column: 1, endLine: 5, endColumn: 11, path: 'parameters' },
		]);
	});

	it('checks the fields of the volume source (nfs, hostPath, local, csi)', () => {
		const pv = (source: string) =>
			`apiVersion: v1\nkind: PersistentVolume\nmetadata: { name: a }\nspec:\n  capacity: { storage: 1Gi }\n  accessModes: [ReadWriteMany]\n  ${source}\n`;
		expect(located(pv('nfs: { server: "", path: exports }'), 'semantic/pv-source-fields')).toEqual([
			{ line: 7, column: 18, endLine: 7, endColumn: 20, path: 'spec.nfs.server' },
			{ line: 7, column: 28, endLine: 7, endColumn: 35, path: 'spec.nfs.path' },
		]);
		expect(located(pv('hostPath: { path: /data/../etc }'), 'semantic/pv-source-fields')).toEqual([
			{ line: 7, column: 21, endLine: 7, endColumn: 33, path: 'spec.hostPath.path' },
		]);
		expect(located(pv('csi: { driver: ebs.csi.aws.com, volumeHandle: "" }'), 'semantic/pv-source-fields')).toEqual([
			{ line: 7, column: 49, endLine: 7, endColumn: 51, path: 'spec.csi.volumeHandle' },
		]);
		expect(located(pv('nfs: { server: nfs.example.com, path: /exports/data }'), 'semantic/pv-source-fields')).toEqual([]);
	});
});
