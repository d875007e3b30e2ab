// The Pod spec as kube-apiserver validates it (pkg/apis/core/validation/validation.go ValidatePodSpec and
// the functions it calls), for Pods and every Pod template (Deployment, Job, CronJob …). Values are judged
// after the defaults pkg/apis/core/v1/defaults.go applies: probe timings of 0 become their defaults, a
// volume without a source becomes an emptyDir, an httpGet probe without a path gets "/".
import type { Node } from 'yaml';
import type { RuleId } from '../rule-catalogue.ts';
import { POD_BEARERS, podTemplateOf, SELECTING_WORKLOADS } from '../pod-templates.ts';
import type { PodTemplate } from '../pod-templates.ts';
import { asMap, asSeq, field, fields, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import {
	compareQuantities,
	configMapKeyProblem,
	fileModeProblem,
	isDNS1123Label,
	isDNS1123Subdomain,
	isIntegerQuantity,
	isNegativeQuantity,
	isValidIP,
	isValidPortNum,
	labelValueProblem,
	nameProblem,
	parseQuantity,
	portNameProblem,
	qualifiedNameProblem,
	readBoolean,
	readInteger,
	readIntOrString,
	readQuantity,
	relaxedEnvVarNameProblem,
	envVarNameProblem,
	k8sMinor,
} from './values.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';

const V = 'pkg/apis/core/validation/validation.go';

export const rules = [
	semanticRule('semantic/no-containers', 'error', `${V} validateContainers`),
	semanticRule('semantic/invalid-container-name', 'error', `${V} validateContainerCommon`),
	semanticRule('semantic/duplicate-container-name', 'error', `${V} validateContainers, validateInitContainers, validateEphemeralContainers`),
	semanticRule('semantic/container-image', 'error', `${V} validateContainerCommon, validateContainerOnlyForPod`),
	semanticRule('semantic/container-port', 'error', `${V} validateContainerPorts`),
	semanticRule('semantic/port-name', 'error', `${V} validateContainerPorts (k8s.io/apimachinery/pkg/util/validation IsValidPortName)`),
	semanticRule('semantic/host-port', 'error', `${V} AccumulateUniqueHostPorts, validatePodHostNetworkDeps`),
	semanticRule('semantic/env-var', 'error', `${V} ValidateEnv, validateEnvVarValueFrom`),
	semanticRule('semantic/env-from', 'error', `${V} ValidateEnvFrom`),
	semanticRule(
		'semantic/volume',
		'error',
		`${V} ValidateVolumes, validateVolumeSource, validateConfigMapVolumeSource, validateSecretVolumeSource, validatePersistentClaimVolumeSource`,
	),
	semanticRule(
		'semantic/file-mode',
		'error',
		`${V} validateSecretVolumeSource, validateConfigMapVolumeSource, validateDownwardAPIVolumeSource, validateProjectedVolumeSource`,
	),
	semanticRule('semantic/volume-item-path', 'error', `${V} validateKeyToPath, validateLocalNonReservedPath`),
	semanticRule('semantic/volume-mount', 'error', `${V} ValidateVolumeMounts, validateMountPropagation, validateMountRecursiveReadOnly`),
	semanticRule('semantic/resource-requests', 'error', `${V} ValidateResourceRequirements, validatePodResourceRequirements`),
	semanticRule('semantic/resource-quantity', 'error', `${V} ValidateResourceRequirements, ValidateResourceQuantityValue, validateResourceQuantityHugePageValue`),
	semanticRule('semantic/resource-name', 'error', `${V} validateContainerResourceName`),
	semanticRule('semantic/probe', 'error', `${V} validateProbe, validateLivenessProbe, validateStartupProbe, validateReadinessProbe, validateHandler`),
	semanticRule('semantic/init-container', 'error', `${V} validateInitContainers`),
	semanticRule('semantic/container-restart-policy', 'error', `${V} validateInitContainerRestartPolicy`),
	semanticRule('semantic/ephemeral-containers', 'error', `${V} ValidatePodCreate`),
	semanticRule('semantic/dns-config', 'error', `${V} validatePodDNSConfig`),
	semanticRule(
		'semantic/security-context',
		'error',
		`${V} ValidateSecurityContext, validatePodSpecSecurityContext, validateSeccompProfileField, ValidateAppArmorProfileField`,
	),
	semanticRule('semantic/pod-os', 'error', `${V} validateOS, validateLinux, validateWindows`),
	semanticRule('semantic/sysctl', 'error', `${V} validateSysctls, ValidateHostSysctl`),
	semanticRule('semantic/pod-gates', 'error', `${V} validateReadinessGates, validateSchedulingGates`),
	semanticRule('semantic/toleration', 'error', `${V} ValidateTolerations`),
	semanticRule('semantic/pod-field', 'error', `${V} ValidatePodSpec, ValidateHostAliases`),
	semanticRule('semantic/scheduling-constraint', 'error', `${V} validateTopologySpreadConstraints, validateAffinity, ValidateNodeSelectorRequirement`),
];

// ------------------------------------------------------------------------------------------ reporting

interface Scope {
	context: SemanticContext;
	template: PodTemplate;
	/** The object is a Pod (some checks apply only there). */
	isPod: boolean;
	/** A StatefulSet template is not validated when the StatefulSet is created, only each Pod it makes. */
	note: ManifestMessage | undefined;
	/** Target release's minor number: fields and strictness newer than the target are not judged. */
	minor: number;
}

function report(scope: Scope, rule: RuleId, message: ManifestMessage, at: Node | undefined, path: PathSegment[]): void {
	scope.context.report(rule, scope.note ? toMessage('fragment/with-note', { message, note: scope.note }) : message, at, path);
}

export const STATEFULSET_NOTE = toMessage('fragment/statefulset-note');

function displayPath(path: PathSegment[]): string {
	let out = '';
	for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
	return out;
}

// ------------------------------------------------------------------------------------------ containers

interface ContainerRef {
	node: Node;
	path: PathSegment[];
	list: 'initContainers' | 'containers' | 'ephemeralContainers';
	/** An init container with restartPolicy: Always (a sidecar). */
	sidecar: boolean;
}

function containersOf(template: PodTemplate): ContainerRef[] {
	const out: ContainerRef[] = [];
	for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
		items(field(template.spec, list)?.value).forEach((node, index) => {
			const sidecar = list === 'initContainers' && stringValue(field(node, 'restartPolicy')?.value) === 'Always';
			out.push({ node, path: [...template.specPath, list, index], list, sidecar });
		});
	}
	return out;
}

function checkContainers(scope: Scope, containers: ContainerRef[]): void {
	const { template } = scope;
	const listField = field(template.spec, 'containers');
	const list = listField?.value;
	if (listField && asSeq(list)?.items.length === 0) {
		report(scope, 'semantic/no-containers', toMessage('semantic/no-containers'), listField.locator, [...template.specPath, 'containers']);
	}
	const seen = new Map<string, PathSegment[]>();
	for (const container of containers) {
		const nameField = field(container.node, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name !== undefined) {
			if (name === '') {
				report(scope, 'semantic/invalid-container-name', toMessage('semantic/invalid-container-name'), nameField.locator, [...container.path, 'name']);
			} else if (!isDNS1123Label(name)) {
				const problem = nameProblem(name, 'dns1123-label')!;
				report(scope, 'semantic/invalid-container-name', toMessage('semantic/invalid-container-name:container-name-is-invalid-it', { name, problem }), nameField.locator, [
					...container.path,
					'name',
				]);
			}
			const first = seen.get(name);
			if (first && name !== '') {
				report(scope, 'semantic/duplicate-container-name', toMessage('semantic/duplicate-container-name', { name, displayPath: displayPath(first) }), nameField.locator, [
					...container.path,
					'name',
				]);
			} else seen.set(name, container.path);
		}
		const imageField = field(container.node, 'image');
		const image = scalarValue(imageField?.value);
		if (!imageField || image === null || image === '') {
			const at = imageField?.locator ?? nameField?.locator ?? container.node;
			report(scope, 'semantic/container-image', toMessage('semantic/container-image', { value: name ?? '' }), at, [...container.path, 'image']);
		} else if ((scope.isPod || container.list === 'ephemeralContainers') && typeof image === 'string' && image !== image.trim()) {
			report(scope, 'semantic/container-image', toMessage('semantic/container-image:image-has-leading-or-trailing', { image }), imageField.locator, [
				...container.path,
				'image',
			]);
		}
		checkPorts(scope, container);
		checkEnv(scope, container);
		checkResources(scope, container);
		checkProbes(scope, container);
		checkSecurityContext(scope, field(container.node, 'securityContext')?.value, [...container.path, 'securityContext'], false);
		const restartField = field(container.node, 'restartPolicy');
		const restart = stringValue(restartField?.value);
		if (restartField && restart !== undefined && !['Always', 'OnFailure', 'Never'].includes(restart)) {
			report(scope, 'semantic/container-restart-policy', toMessage('semantic/container-restart-policy', { restart }), restartField.locator, [
				...container.path,
				'restartPolicy',
			]);
		}
	}
	if (scope.isPod) {
		const ephemeral = field(template.spec, 'ephemeralContainers');
		if (ephemeral && items(ephemeral.value).length > 0) {
			report(scope, 'semantic/ephemeral-containers', toMessage('semantic/ephemeral-containers'), ephemeral.key, [...template.specPath, 'ephemeralContainers']);
		}
	}
}

// --------------------------------------------------------------------------------------------- ports

function checkPorts(scope: Scope, container: ContainerRef): void {
	const names = new Set<string>();
	items(field(container.node, 'ports')?.value).forEach((port, index) => {
		const path = [...container.path, 'ports', index];
		const nameField = field(port, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name) {
			const problem = portNameProblem(name);
			if (problem) report(scope, 'semantic/port-name', toMessage('semantic/port-name', { name, problem }), nameField.locator, [...path, 'name']);
			else if (names.has(name)) report(scope, 'semantic/port-name', toMessage('semantic/port-name:port-name-is-used-twice', { name }), nameField.locator, [...path, 'name']);
			else names.add(name);
		}
		const containerPortField = field(port, 'containerPort');
		const containerPort = readInteger(containerPortField?.value);
		if (containerPortField && containerPort !== undefined && !isValidPortNum(containerPort)) {
			report(
				scope,
				'semantic/container-port',
				containerPort === 0 ? toMessage('semantic/container-port') : toMessage('semantic/container-port:container-port-is-out-of-range', { containerPort }),
				containerPortField.locator,
				[...path, 'containerPort'],
			);
		}
		const hostPortField = field(port, 'hostPort');
		const hostPort = readInteger(hostPortField?.value);
		if (hostPortField && hostPort !== undefined && hostPort !== 0 && !isValidPortNum(hostPort)) {
			report(scope, 'semantic/container-port', toMessage('semantic/container-port:host-port-is-out-of-range', { hostPort }), hostPortField.locator, [...path, 'hostPort']);
		}
	});
}

function checkHostPorts(scope: Scope, containers: ContainerRef[]): void {
	const hostNetwork = readBoolean(field(scope.template.spec, 'hostNetwork')?.value) === true;
	// Regular containers share one set; each init container is checked on its own (they run one by one).
	const shared = new Set<string>();
	for (const container of containers) {
		if (container.list === 'ephemeralContainers') continue;
		const seen = container.list === 'containers' ? shared : new Set<string>();
		items(field(container.node, 'ports')?.value).forEach((port, index) => {
			const path = [...container.path, 'ports', index, 'hostPort'];
			const hostPortField = field(port, 'hostPort');
			const hostPort = readInteger(hostPortField?.value) ?? 0;
			const containerPort = readInteger(field(port, 'containerPort')?.value);
			if (hostNetwork && container.list === 'containers' && hostPortField && hostPort !== 0 && containerPort !== undefined && hostPort !== containerPort) {
				report(scope, 'semantic/host-port', toMessage('semantic/host-port', { hostPort, containerPort }), hostPortField.locator, path);
			}
			if (hostPort === 0) return;
			const key = `${stringValue(field(port, 'protocol')?.value) ?? 'TCP'}/${stringValue(field(port, 'hostIP')?.value) ?? ''}/${hostPort}`;
			if (seen.has(key)) report(scope, 'semantic/host-port', toMessage('semantic/host-port:host-port-is-claimed-twice', { hostPort, key }), hostPortField!.locator, path);
			else seen.add(key);
		});
	}
}

// ----------------------------------------------------------------------------------------------- env

const VALUE_FROM_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];

/** RelaxedEnvironmentVariableValidation: on by default from 1.32 (GA in 1.34); older releases use IsEnvVarName. */
function envNameProblem(scope: Scope, name: string): ManifestMessage | undefined {
	return scope.minor >= 32 ? relaxedEnvVarNameProblem(name) : envVarNameProblem(name);
}

function checkEnv(scope: Scope, container: ContainerRef): void {
	items(field(container.node, 'env')?.value).forEach((entry, index) => {
		const path = [...container.path, 'env', index];
		const nameField = field(entry, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name !== undefined) {
			const problem = name === '' ? toMessage('fragment/problem') : envNameProblem(scope, name);
			if (problem) report(scope, 'semantic/env-var', toMessage('semantic/env-var', { name, problem }), nameField.locator, [...path, 'name']);
		}
		const valueFrom = field(entry, 'valueFrom');
		if (!valueFrom?.value || !asMap(valueFrom.value)) return;
		const sources = fields(asMap(valueFrom.value)!).filter((f) => VALUE_FROM_SOURCES.includes(f.name) && f.value && scalarValue(f.value) !== null);
		const value = stringValue(field(entry, 'value')?.value);
		if (sources.length === 0) {
			report(scope, 'semantic/env-var', toMessage('semantic/env-var:value-from-of-names-no-source', { value: name ?? '' }), valueFrom.key, [...path, 'valueFrom']);
		} else if (value) {
			report(scope, 'semantic/env-var', toMessage('semantic/env-var:sets-both-value-and-value-from', { value: name ?? '' }), valueFrom.key, [...path, 'valueFrom']);
		} else if (sources.length > 1) {
			report(
				scope,
				'semantic/env-var',
				toMessage('semantic/env-var:value-from-of-names-only-one', { value: name ?? '', sources: sources.map((s) => s.name) }),
				sources[1]!.key,
				[...path, 'valueFrom', sources[1]!.name],
			);
		}
		for (const source of sources) {
			const sourcePath = [...path, 'valueFrom', source.name];
			if (source.name === 'configMapKeyRef' || source.name === 'secretKeyRef') {
				const refName = field(source.value, 'name');
				const refNameValue = stringValue(refName?.value) ?? (refName ? undefined : '');
				if (refNameValue !== undefined && !isDNS1123Subdomain(refNameValue)) {
					report(
						scope,
						'semantic/env-var',
						refNameValue === ''
							? toMessage('semantic/env-var:needs-the-name-of-a', { name: source.name, hasValue: source.name === 'secretKeyRef' })
							: toMessage('semantic/env-var:name-is-not-a-valid', { name: source.name, refNameValue }),
						refName?.locator ?? source.key,
						[...sourcePath, 'name'],
					);
				}
				const keyField = field(source.value, 'key');
				const key = stringValue(keyField?.value);
				if (keyField && key !== undefined) {
					const problem = key === '' ? toMessage('fragment/problem') : configMapKeyProblem(key);
					if (problem)
						report(scope, 'semantic/env-var', toMessage('semantic/env-var:key-is-invalid-it', { name: source.name, key, problem }), keyField.locator, [...sourcePath, 'key']);
				}
			}
			// fieldRef and resourceFieldRef: downward-api.ts.
		}
	});
	items(field(container.node, 'envFrom')?.value).forEach((entry, index) => {
		const path = [...container.path, 'envFrom', index];
		const prefixField = field(entry, 'prefix');
		const prefix = stringValue(prefixField?.value);
		if (prefixField && prefix) {
			const problem = envNameProblem(scope, prefix);
			if (problem) report(scope, 'semantic/env-from', toMessage('semantic/env-from', { prefix, problem }), prefixField.locator, [...path, 'prefix']);
		}
		const map = asMap(entry);
		if (!map) return;
		const sources = fields(map).filter((f) => (f.name === 'configMapRef' || f.name === 'secretRef') && f.value && scalarValue(f.value) !== null);
		if (sources.length === 0)
			report(scope, 'semantic/env-from', toMessage('semantic/env-from:env-from-entry-names-neither-config-map'), (map.items[0]?.key as Node | undefined) ?? entry, path);
		else if (sources.length > 1)
			report(scope, 'semantic/env-from', toMessage('semantic/env-from:env-from-entry-names-both-config-map-ref'), sources[1]!.key, [...path, sources[1]!.name]);
		for (const source of sources) {
			const refName = field(source.value, 'name');
			const refNameValue = stringValue(refName?.value) ?? (refName ? undefined : '');
			if (refNameValue !== undefined && !isDNS1123Subdomain(refNameValue)) {
				report(
					scope,
					'semantic/env-from',
					toMessage('semantic/env-from:needs-a-name-name-is', { hasValue: refNameValue === '', name: source.name, refNameValue }),
					refName?.locator ?? source.key,
					[...path, source.name, 'name'],
				);
			}
		}
	});
}

// -------------------------------------------------------------------------------------------- volumes

const VOLUME_SOURCES = new Set([
	'awsElasticBlockStore',
	'azureDisk',
	'azureFile',
	'cephfs',
	'cinder',
	'configMap',
	'csi',
	'downwardAPI',
	'emptyDir',
	'ephemeral',
	'fc',
	'flexVolume',
	'flocker',
	'gcePersistentDisk',
	'gitRepo',
	'glusterfs',
	'hostPath',
	'image',
	'iscsi',
	'nfs',
	'persistentVolumeClaim',
	'photonPersistentDisk',
	'portworxVolume',
	'projected',
	'quobyte',
	'rbd',
	'scaleIO',
	'secret',
	'storageos',
	'vsphereVolume',
]);

interface VolumeInfo {
	/** Volume name -> source kind (for mount checks). */
	sources: Map<string, string>;
}

function checkVolumes(scope: Scope): VolumeInfo {
	const { template } = scope;
	const info: VolumeInfo = { sources: new Map() };
	const seen = new Set<string>();
	items(field(template.spec, 'volumes')?.value).forEach((volume, index) => {
		const path = [...template.specPath, 'volumes', index];
		const nameField = field(volume, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name !== undefined) {
			if (!isDNS1123Label(name)) {
				const problem = name === '' ? toMessage('fragment/problem') : nameProblem(name, 'dns1123-label')!;
				report(scope, 'semantic/volume', toMessage('semantic/volume', { name, problem }), nameField.locator, [...path, 'name']);
			} else if (seen.has(name)) {
				report(scope, 'semantic/volume', toMessage('semantic/volume:volume-name-is-used-twice', { name }), nameField.locator, [...path, 'name']);
			}
			seen.add(name);
		}
		const map = asMap(volume);
		if (!map) return;
		const sources = fields(map).filter((f) => VOLUME_SOURCES.has(f.name) && f.value && scalarValue(f.value) !== null);
		if (sources.length > 1) {
			report(
				scope,
				'semantic/volume',
				toMessage('semantic/volume:volume-has-sources-a-volume', {
					value: name ?? '',
					sourcesCount: sources.length,
					sources: sources.map((s) => s.name),
				}),
				sources[1]!.key,
				[...path, sources[1]!.name],
			);
		}
		if (name) info.sources.set(name, sources[0]?.name ?? 'emptyDir');
		for (const source of sources) checkVolumeSource(scope, source.name, source.value, [...path, source.name]);
	});
	return info;
}

function checkMode(scope: Scope, holder: Node | undefined, name: 'defaultMode' | 'mode', path: PathSegment[]): void {
	const modeField = field(holder, name);
	if (!modeField) return;
	const problem = fileModeProblem(modeField.value);
	if (problem) report(scope, 'semantic/file-mode', toMessage('semantic/file-mode', { name, problem }), modeField.locator, [...path, name]);
}

function checkItems(scope: Scope, holder: Node | undefined, path: PathSegment[]): void {
	items(field(holder, 'items')?.value).forEach((item, index) => {
		const itemPath = [...path, 'items', index];
		checkMode(scope, item, 'mode', itemPath);
		checkRelativePath(scope, item, 'path', itemPath, 'semantic/volume-item-path');
		// validateLocalNonReservedPath: "..data" and the like are the kubelet's own (atomic writer) names.
		const pathField = field(item, 'path');
		const value = stringValue(pathField?.value);
		if (pathField && value !== undefined) {
			if (value === '') report(scope, 'semantic/volume-item-path', toMessage('semantic/volume-item-path'), pathField.locator, [...itemPath, 'path']);
			else if (value.startsWith('..') && !value.split(/[/\\]/).includes('..'))
				report(scope, 'semantic/volume-item-path', toMessage('semantic/volume-item-path:path-must-not-start-with', { value }), pathField.locator, [...itemPath, 'path']);
		}
		const keyField = field(item, 'key');
		if (keyField && stringValue(keyField.value) === '')
			report(scope, 'semantic/volume-item-path', toMessage('semantic/volume-item-path:key-must-not-be-empty'), keyField.locator, [...itemPath, 'key']);
	});
}

/** The object a configMap, secret or persistentVolumeClaim volume names is required. */
function checkSourceName(scope: Scope, source: Node | undefined, name: string, path: PathSegment[], kind: string): void {
	if (!asMap(source)) return;
	const f = field(source, name);
	const value = f ? stringValue(f.value) : '';
	if (value === '')
		report(
			scope,
			'semantic/volume',
			toMessage('semantic/volume:a-volume-needs', { kind, name }),
			f?.locator ?? (asMap(source)!.items[0]?.key as Node | undefined) ?? source!,
			[...path, name],
		);
}

function checkVolumeSource(scope: Scope, kind: string, source: Node | undefined, path: PathSegment[]): void {
	switch (kind) {
		case 'secret':
		case 'configMap':
		case 'downwardAPI':
			if (kind !== 'downwardAPI') checkSourceName(scope, source, kind === 'secret' ? 'secretName' : 'name', path, kind);
			checkMode(scope, source, 'defaultMode', path);
			checkItems(scope, source, path);
			break;
		case 'persistentVolumeClaim':
			checkSourceName(scope, source, 'claimName', path, kind);
			break;
		case 'projected':
			checkMode(scope, source, 'defaultMode', path);
			items(field(source, 'sources')?.value).forEach((projection, index) => {
				for (const sub of ['secret', 'configMap', 'downwardAPI']) {
					const inner = field(projection, sub)?.value;
					if (inner) checkItems(scope, inner, [...path, 'sources', index, sub]);
				}
			});
			break;
	}
}

/** validateLocalDescendingPath: relative, and no ".." element. */
function checkRelativePath(scope: Scope, holder: Node | undefined, name: string, path: PathSegment[], rule: RuleId): void {
	const pathField = field(holder, name);
	const value = stringValue(pathField?.value);
	if (!pathField || !value) return;
	if (value.startsWith('/')) report(scope, rule, toMessage('fragment/check-relative-path', { name, value }), pathField.locator, [...path, name]);
	else if (value.split(/[/\\]/).includes('..'))
		report(scope, rule, toMessage('fragment/check-relative-path:must-not-contain', { name, value }), pathField.locator, [...path, name]);
}

function checkVolumeMounts(scope: Scope, containers: ContainerRef[], volumes: VolumeInfo): void {
	for (const container of containers) {
		const mountPaths = new Set<string>();
		const privileged = readBoolean(field(field(container.node, 'securityContext')?.value, 'privileged')?.value) === true;
		items(field(container.node, 'volumeMounts')?.value).forEach((mount, index) => {
			const path = [...container.path, 'volumeMounts', index];
			const mountPathField = field(mount, 'mountPath');
			const mountPath = stringValue(mountPathField?.value);
			if (mountPathField && mountPath !== undefined) {
				if (mountPath === '') report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount'), mountPathField.locator, [...path, 'mountPath']);
				else if (mountPaths.has(mountPath))
					report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:mount-path-is-used-twice-in', { mountPath }), mountPathField.locator, [
						...path,
						'mountPath',
					]);
				mountPaths.add(mountPath);
			}
			const subPath = stringValue(field(mount, 'subPath')?.value);
			const subPathExprField = field(mount, 'subPathExpr');
			if (container.list === 'ephemeralContainers') {
				for (const name of ['subPath', 'subPathExpr']) {
					const f = field(mount, name);
					if (stringValue(f?.value)) report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:cannot-be-set-for-an', { name }), f!.key, [...path, name]);
				}
			}
			const volumeName = stringValue(field(mount, 'name')?.value);
			if (volumeName && volumes.sources.get(volumeName) === 'image') {
				for (const name of ['subPath', 'subPathExpr']) {
					const f = field(mount, name);
					if (stringValue(f?.value))
						report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:is-not-allowed-for-image', { name }), f!.locator, [...path, name]);
				}
			}
			checkRelativePath(scope, mount, 'subPath', path, 'semantic/volume-mount');
			checkRelativePath(scope, mount, 'subPathExpr', path, 'semantic/volume-mount');
			if (subPath && stringValue(subPathExprField?.value)) {
				report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:sub-path-and-sub-path-expr-are-mutually'), subPathExprField!.key, [...path, 'subPathExpr']);
			}
			const propagationField = field(mount, 'mountPropagation');
			const propagation = stringValue(propagationField?.value);
			if (propagation === 'Bidirectional' && !privileged) {
				report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:bidirectional-mount-propagation-is-avail'), propagationField!.locator, [
					...path,
					'mountPropagation',
				]);
			}
			const rroField = field(mount, 'recursiveReadOnly');
			const rro = stringValue(rroField?.value);
			if (rroField && rro !== undefined && scope.minor >= 31) {
				if (rro !== 'Disabled' && rro !== 'IfPossible' && rro !== 'Enabled') {
					report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:recursive-read-only-is-not-supported-use', { rro }), rroField.locator, [
						...path,
						'recursiveReadOnly',
					]);
				} else if (rro !== 'Disabled') {
					if (readBoolean(field(mount, 'readOnly')?.value) !== true)
						report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:recursive-read-only-may-only-be-specifie', { rro }), rroField.locator, [
							...path,
							'recursiveReadOnly',
						]);
					else if (propagation !== undefined && propagation !== 'None')
						report(scope, 'semantic/volume-mount', toMessage('semantic/volume-mount:recursive-read-only-may-only-be-specifie-2', { rro }), rroField.locator, [
							...path,
							'recursiveReadOnly',
						]);
				}
			}
		});
	}
}

// ------------------------------------------------------------------------------------------ resources

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

function isHugePages(name: string): boolean {
	return name.startsWith('hugepages-');
}

/** IsNativeResource: no domain, or a kubernetes.io domain. */
function isNative(name: string): boolean {
	return !name.includes('/') || name.includes('kubernetes.io/');
}

/** Requests may be lower than limits only for native resources other than hugepages (IsOvercommitAllowed). */
function overcommitAllowed(name: string): boolean {
	return isNative(name) && !isHugePages(name);
}

function checkResources(scope: Scope, container: ContainerRef): void {
	const resourcesField = field(container.node, 'resources');
	const resources = resourcesField?.value;
	if (!resources) return;
	const path = [...container.path, 'resources'];
	const limitsMap = asMap(field(resources, 'limits')?.value);
	const requestsMap = asMap(field(resources, 'requests')?.value);
	const limits = new Map<string, { quantity: ReturnType<typeof readQuantity>; at: Node }>();
	let cpuOrMemory = false;
	let hugePagesAt: { at: Node; path: PathSegment[] } | undefined;
	const checkEntry = (kind: 'limits' | 'requests', name: string, at: Node, keyAt: Node, value: Node | undefined) => {
		const entryPath = [...path, kind, name];
		if (!name.includes('/')) {
			if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) {
				report(scope, 'semantic/resource-name', toMessage('semantic/resource-name', { name }), keyAt, entryPath);
				return undefined;
			}
		} else if (!isNative(name) && qualifiedNameProblem(name)) {
			report(scope, 'semantic/resource-name', toMessage('semantic/resource-name:does-not-follow-the-extended', { name }), keyAt, entryPath);
			return undefined;
		}
		if (STANDARD_CONTAINER_RESOURCES.has(name) && name !== 'ephemeral-storage') cpuOrMemory = true;
		const quantity = readQuantity(value);
		if (!quantity) return undefined;
		if (isNegativeQuantity(quantity)) {
			report(scope, 'semantic/resource-quantity', toMessage('semantic/resource-quantity', { kind, name, text: quantity.text }), at, entryPath);
			return undefined;
		}
		if (!isNative(name) && !isIntegerQuantity(quantity)) {
			report(scope, 'semantic/resource-quantity', toMessage('semantic/resource-quantity:is-an-extended-resource-must', { kind, name, text: quantity.text }), at, entryPath);
		}
		if (isHugePages(name)) {
			hugePagesAt ??= { at: keyAt, path: entryPath };
			const pageSize = parseQuantity(name.slice('hugepages-'.length));
			if (pageSize && pageSize.num > 0n && quantity.den === 1n && pageSize.den === 1n && (quantity.num * pageSize.den) % pageSize.num !== 0n) {
				report(
					scope,
					'semantic/resource-quantity',
					toMessage('semantic/resource-quantity:is-which-is-not-a', { kind, name, text: quantity.text, name2: name.slice(10) }),
					at,
					entryPath,
				);
			}
		}
		return quantity;
	};
	if (limitsMap) {
		for (const entry of fields(limitsMap)) {
			const quantity = checkEntry('limits', entry.name, entry.locator, entry.key, entry.value);
			limits.set(entry.name, { quantity, at: entry.locator });
		}
	}
	if (requestsMap) {
		for (const entry of fields(requestsMap)) {
			const quantity = checkEntry('requests', entry.name, entry.locator, entry.key, entry.value);
			const entryPath = [...path, 'requests', entry.name];
			if (!quantity) continue;
			const limit = limits.get(entry.name);
			if (limit?.quantity) {
				const order = compareQuantities(quantity, limit.quantity);
				if (order !== 0 && !overcommitAllowed(entry.name)) {
					report(
						scope,
						'semantic/resource-quantity',
						toMessage('semantic/resource-quantity:requests-must-equal-limits-cannot', { name: entry.name, text: quantity.text, quantityText: limit.quantity.text }),
						entry.locator,
						entryPath,
					);
				} else if (order > 0) {
					report(
						scope,
						'semantic/resource-requests',
						toMessage('semantic/resource-requests', { name: entry.name, text: quantity.text, quantityText: limit.quantity.text }),
						entry.locator,
						entryPath,
					);
				}
			} else if (!limit && !overcommitAllowed(entry.name)) {
				report(scope, 'semantic/resource-quantity', toMessage('semantic/resource-quantity:requests-is-set-without-limits', { name: entry.name }), entry.key, entryPath);
			}
		}
	}
	if (hugePagesAt && !cpuOrMemory) {
		report(scope, 'semantic/resource-quantity', toMessage('semantic/resource-quantity:hugepages-require-a-cpu-or'), resourcesField!.key, path);
	}
}

/** Pod-level spec.resources (PodLevelResources, beta and on by default since 1.34): requests may not exceed limits. */
function checkPodResources(scope: Scope): void {
	const { template } = scope;
	if (scope.minor < 34) return;
	const resources = field(template.spec, 'resources')?.value;
	const limits = asMap(field(resources, 'limits')?.value);
	const requests = asMap(field(resources, 'requests')?.value);
	if (!limits || !requests) return;
	const path = [...template.specPath, 'resources'];
	for (const entry of fields(requests)) {
		const request = readQuantity(entry.value);
		const limitField = fields(limits).find((f) => f.name === entry.name);
		const limit = readQuantity(limitField?.value);
		if (request && limit && compareQuantities(request, limit) > 0) {
			report(
				scope,
				'semantic/resource-requests',
				toMessage('semantic/resource-requests:pod-level-requests-is-more-than', { name: entry.name, text: request.text, limitText: limit.text }),
				entry.locator,
				[...path, 'requests', entry.name],
			);
		}
	}
}

// -------------------------------------------------------------------------------------------- probes

const PROBE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

function gracePeriodOf(scope: Scope): number {
	return readInteger(field(scope.template.spec, 'terminationGracePeriodSeconds')?.value) ?? 30; // SetDefaults_PodSpec
}

function checkHandler(scope: Scope, handler: Node | undefined, at: Node, path: PathSegment[], actions: readonly string[], what: ManifestMessage): void {
	const map = asMap(handler);
	const present = map ? fields(map).filter((f) => actions.includes(f.name) && f.value && scalarValue(f.value) !== null) : [];
	if (present.length === 0) {
		report(scope, 'semantic/probe', toMessage('semantic/probe', { what, actions }), at, path);
		return;
	}
	if (present.length > 1) {
		report(scope, 'semantic/probe', toMessage('semantic/probe:may-not-specify-more-than', { what, present: present.map((p) => p.name) }), present[1]!.key, [
			...path,
			present[1]!.name,
		]);
	}
	for (const action of present) {
		const actionPath = [...path, action.name];
		if (action.name === 'exec') {
			const command = field(action.value, 'command');
			if (!command || items(command.value).length === 0)
				report(scope, 'semantic/probe', toMessage('semantic/probe:exec-needs-a-non-empty-command'), command?.locator ?? action.key, [...actionPath, 'command']);
		} else if (action.name === 'httpGet' || action.name === 'tcpSocket') {
			const portField = field(action.value, 'port');
			const port = readIntOrString(portField?.value);
			if (portField && port) {
				const problem = port.type === 'int' ? (isValidPortNum(port.value) ? undefined : toMessage('fragment/problem:must-be-between-and')) : portNameProblem(port.value);
				if (problem)
					report(
						scope,
						'semantic/probe',
						toMessage('semantic/probe:port-is-invalid-it', { name: action.name, value: JSON.stringify(port.value), problem }),
						portField.locator,
						[...actionPath, 'port'],
					);
			}
		} else if (action.name === 'grpc') {
			const portField = field(action.value, 'port');
			const port = readInteger(portField?.value);
			if (portField && port !== undefined && !isValidPortNum(port))
				report(scope, 'semantic/probe', toMessage('semantic/probe:grpc-port-must-be-between-and', { port }), portField.locator, [...actionPath, 'port']);
		} else if (action.name === 'sleep') {
			const secondsField = field(action.value, 'seconds');
			const seconds = readInteger(secondsField?.value);
			const grace = gracePeriodOf(scope);
			if (secondsField && seconds !== undefined && (seconds < 0 || seconds > grace)) {
				report(scope, 'semantic/probe', toMessage('semantic/probe:sleep-seconds-must-be-non-negative-and', { seconds, grace }), secondsField.locator, [
					...actionPath,
					'seconds',
				]);
			}
		}
	}
}

function checkProbes(scope: Scope, container: ContainerRef): void {
	const plainInit = container.list === 'initContainers' && !container.sidecar;
	for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
		const probeField = field(container.node, kind);
		if (!probeField?.value || scalarValue(probeField.value) === null) continue;
		const path = [...container.path, kind];
		if (plainInit) {
			report(scope, 'semantic/init-container', toMessage('semantic/init-container', { kind }), probeField.key, path);
			continue;
		}
		if (container.list === 'ephemeralContainers') continue; // not allowed there at all; a new Pod may not have ephemeral containers
		const probe = probeField.value;
		checkHandler(scope, probe, probeField.key, path, PROBE_ACTIONS, toMessage('fragment/check-probes', { kind }));
		for (const timing of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
			const timingField = field(probe, timing);
			const value = readInteger(timingField?.value);
			if (timingField && value !== undefined && value < 0)
				report(scope, 'semantic/probe', toMessage('semantic/probe:is-it-must-be-greater', { kind, timing, value }), timingField.locator, [...path, timing]);
		}
		// 0 is defaulted to 1 (SetDefaults_Probe), so only other values break "must be 1".
		const successField = field(probe, 'successThreshold');
		const success = readInteger(successField?.value);
		if ((kind === 'livenessProbe' || kind === 'startupProbe') && successField && success !== undefined && success > 1) {
			report(scope, 'semantic/probe', toMessage('semantic/probe:success-threshold-is-it-must-be', { kind, success }), successField.locator, [...path, 'successThreshold']);
		}
		const graceField = field(probe, 'terminationGracePeriodSeconds');
		const grace = readInteger(graceField?.value);
		if (graceField && grace !== undefined) {
			if (kind === 'readinessProbe')
				report(scope, 'semantic/probe', toMessage('semantic/probe:readiness-probe-termination-grace-period'), graceField.key, [...path, 'terminationGracePeriodSeconds']);
			else if (grace <= 0)
				report(scope, 'semantic/probe', toMessage('semantic/probe:termination-grace-period-seconds-is-it-m', { kind, grace }), graceField.locator, [
					...path,
					'terminationGracePeriodSeconds',
				]);
		}
	}
	const lifecycleField = field(container.node, 'lifecycle');
	if (lifecycleField?.value && scalarValue(lifecycleField.value) !== null) {
		if (plainInit) {
			report(scope, 'semantic/init-container', toMessage('semantic/init-container:lifecycle-may-not-be-set'), lifecycleField.key, [...container.path, 'lifecycle']);
		} else if (container.list !== 'ephemeralContainers') {
			for (const hook of ['postStart', 'preStop']) {
				const hookField = field(lifecycleField.value, hook);
				if (hookField?.value && scalarValue(hookField.value) !== null)
					checkHandler(
						scope,
						hookField.value,
						hookField.key,
						[...container.path, 'lifecycle', hook],
						LIFECYCLE_ACTIONS,
						toMessage('fragment/check-probes:lifecycle', { hook }),
					);
			}
		}
	}
}

// ----------------------------------------------------------------------------------- security context

const MAX_ID = 2147483647;

function checkId(scope: Scope, holder: Node | undefined, name: string, path: PathSegment[]): void {
	const idField = field(holder, name);
	const id = readInteger(idField?.value);
	if (idField && id !== undefined && (id < 0 || id > MAX_ID)) {
		report(scope, 'semantic/security-context', toMessage('semantic/security-context', { name, id, MAX_ID }), idField.locator, [...path, name]);
	}
}

function checkProfile(scope: Scope, holder: Node | undefined, name: 'seccompProfile' | 'appArmorProfile', path: PathSegment[]): void {
	const profileField = field(holder, name);
	if (!profileField?.value) return;
	const type = stringValue(field(profileField.value, 'type')?.value);
	const localhost = field(profileField.value, 'localhostProfile');
	const what = name === 'seccompProfile' ? 'seccomp' : 'AppArmor';
	if (type === 'Localhost' && (!localhost || !stringValue(localhost.value))) {
		report(
			scope,
			'semantic/security-context',
			toMessage('semantic/security-context:localhost-profile-must-be-set-when', { name, what }),
			localhost?.locator ?? profileField.key,
			[...path, name, 'localhostProfile'],
		);
	} else if (type !== undefined && type !== 'Localhost' && localhost && stringValue(localhost.value) !== undefined) {
		report(scope, 'semantic/security-context', toMessage('semantic/security-context:localhost-profile-can-only-be-set', { name, what, type }), localhost.key, [
			...path,
			name,
			'localhostProfile',
		]);
	}
}

function checkSecurityContext(scope: Scope, context: Node | undefined, path: PathSegment[], podLevel: boolean): void {
	if (!context || !asMap(context)) return;
	checkId(scope, context, 'runAsUser', path);
	checkId(scope, context, 'runAsGroup', path);
	checkProfile(scope, context, 'seccompProfile', path);
	if (scope.minor >= 30) checkProfile(scope, context, 'appArmorProfile', path);
	if (podLevel) {
		checkId(scope, context, 'fsGroup', path);
		const groups = field(context, 'supplementalGroups');
		items(groups?.value).forEach((group, index) => {
			const id = readInteger(group);
			if (id !== undefined && (id < 0 || id > MAX_ID))
				report(scope, 'semantic/security-context', toMessage('semantic/security-context:supplemental-groups-is-out-of-range', { index, id, MAX_ID }), group, [
					...path,
					'supplementalGroups',
					index,
				]);
		});
		return;
	}
	const escalation = field(context, 'allowPrivilegeEscalation');
	if (readBoolean(escalation?.value) === false) {
		if (readBoolean(field(context, 'privileged')?.value) === true) {
			report(scope, 'semantic/security-context', toMessage('semantic/security-context:allow-privilege-escalation-cannot-be-fal'), escalation!.locator, [
				...path,
				'allowPrivilegeEscalation',
			]);
		}
		for (const capability of items(field(field(context, 'capabilities')?.value, 'add')?.value)) {
			if (stringValue(capability) === 'CAP_SYS_ADMIN')
				report(scope, 'semantic/security-context', toMessage('semantic/security-context:allow-privilege-escalation-cannot-be-fal-2'), escalation!.locator, [
					...path,
					'allowPrivilegeEscalation',
				]);
		}
	}
	const procMount = field(context, 'procMount');
	if (stringValue(procMount?.value) === 'Unmasked') {
		const hostUsers = readBoolean(field(scope.template.spec, 'hostUsers')?.value);
		if (hostUsers !== false)
			report(scope, 'semantic/security-context', toMessage('semantic/security-context:proc-mount-unmasked-needs-host-users-fal'), procMount!.locator, [...path, 'procMount']);
	}
}

// ------------------------------------------------------------------------------------- pod-level fields

function checkPodFields(scope: Scope): void {
	const { template } = scope;
	const spec = template.spec;
	const at = (name: string) => field(spec, name);
	const specPath = template.specPath;
	for (const [name, rule] of [
		['hostname', 'label'],
		['subdomain', 'label'],
		['nodeName', 'subdomain'],
		['serviceAccountName', 'subdomain'],
		['priorityClassName', 'subdomain'],
		['runtimeClassName', 'subdomain'],
	] as const) {
		const f = at(name);
		const value = stringValue(f?.value);
		if (!f || !value) continue;
		const ok = rule === 'label' ? isDNS1123Label(value) : isDNS1123Subdomain(value);
		if (!ok) {
			const problem = nameProblem(value, rule === 'label' ? 'dns1123-label' : 'dns1123-subdomain')!;
			report(scope, 'semantic/pod-field', toMessage('semantic/pod-field', { name, value, problem }), f.locator, [...specPath, name]);
		}
	}
	const deadline = at('activeDeadlineSeconds');
	const deadlineValue = readInteger(deadline?.value);
	if (deadline && deadlineValue !== undefined && (deadlineValue < 1 || deadlineValue > MAX_ID) && !SELECTING_WORKLOADS.has(scope.context.object.kind ?? '')) {
		report(scope, 'semantic/pod-field', toMessage('semantic/pod-field:active-deadline-seconds-must-be-between', { deadlineValue, MAX_ID }), deadline.locator, [
			...specPath,
			'activeDeadlineSeconds',
		]);
	}
	const nodeSelector = asMap(at('nodeSelector')?.value);
	if (nodeSelector) {
		for (const entry of fields(nodeSelector)) {
			const keyProblem = qualifiedNameProblem(entry.name);
			const value = scalarValue(entry.value);
			const valueProblem = typeof value === 'string' ? labelValueProblem(value) : undefined;
			if (keyProblem)
				report(scope, 'semantic/pod-field', toMessage('semantic/pod-field:node-selector-key-is-invalid', { name: entry.name, keyProblem }), entry.key, [
					...specPath,
					'nodeSelector',
					entry.name,
				]);
			else if (valueProblem)
				report(scope, 'semantic/pod-field', toMessage('semantic/pod-field:node-selector-value-is-invalid-it', { value: String(value), valueProblem }), entry.locator, [
					...specPath,
					'nodeSelector',
					entry.name,
				]);
		}
	}
	items(at('hostAliases')?.value).forEach((alias, index) => {
		const ipField = field(alias, 'ip');
		const ip = stringValue(ipField?.value);
		if (ipField && ip !== undefined && !isValidIP(ip))
			report(scope, 'semantic/pod-field', toMessage('semantic/pod-field:host-aliases-ip-is-not-a', { ip }), ipField.locator, [...specPath, 'hostAliases', index, 'ip']);
		items(field(alias, 'hostnames')?.value).forEach((hostname, j) => {
			const value = stringValue(hostname);
			if (value !== undefined && !isDNS1123Subdomain(value))
				report(scope, 'semantic/pod-field', toMessage('semantic/pod-field:host-aliases-hostname-is-not-a', { value }), hostname, [
					...specPath,
					'hostAliases',
					index,
					'hostnames',
					j,
				]);
		});
	});
	const share = at('shareProcessNamespace');
	if (readBoolean(share?.value) === true && readBoolean(at('hostPID')?.value) === true) {
		report(scope, 'semantic/security-context', toMessage('semantic/security-context:share-process-namespace-and-host-pid-can'), share!.locator, [
			...specPath,
			'shareProcessNamespace',
		]);
	}
	checkSecurityContext(scope, at('securityContext')?.value, [...specPath, 'securityContext'], true);
}

function checkDns(scope: Scope): void {
	const { template } = scope;
	const spec = template.spec;
	const policyField = field(spec, 'dnsPolicy');
	const configField = field(spec, 'dnsConfig');
	const config = configField?.value && scalarValue(configField.value) !== null ? configField.value : undefined;
	const path = [...template.specPath, 'dnsConfig'];
	const nameservers = field(config, 'nameservers');
	if (stringValue(policyField?.value) === 'None') {
		if (!config) {
			report(scope, 'semantic/dns-config', toMessage('semantic/dns-config'), policyField!.locator, path);
			return;
		}
		if (items(nameservers?.value).length === 0) {
			report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:dns-policy-is-none-so-dns-config'), nameservers?.locator ?? configField!.key, [
				...path,
				'nameservers',
			]);
			return;
		}
	}
	if (!config) return;
	const servers = items(nameservers?.value);
	if (servers.length > 3)
		report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:dns-config-has-nameservers-at-most', { serversCount: servers.length }), nameservers!.key, [
			...path,
			'nameservers',
		]);
	servers.forEach((server, index) => {
		const ip = stringValue(server);
		if (ip !== undefined && !isValidIP(ip))
			report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:nameserver-is-not-a-valid', { ip }), server, [...path, 'nameservers', index]);
	});
	const searchesField = field(config, 'searches');
	const searches = items(searchesField?.value);
	if (searches.length > 32)
		report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:dns-config-has-search-domains-at', { searchesCount: searches.length }), searchesField!.key, [
			...path,
			'searches',
		]);
	const joined = searches.map((s) => String(scalarValue(s) ?? '')).join(' ');
	if (joined.length > 2048)
		report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:dns-config-searches-has-characters-with', { joinedCount: joined.length }), searchesField!.key, [
			...path,
			'searches',
		]);
	searches.forEach((search, index) => {
		const value = stringValue(search);
		if (value === undefined || value === '.') return;
		// RelaxedDNSSearchValidation (GA): underscores allowed, one trailing dot ignored.
		const trimmed = value.endsWith('.') ? value.slice(0, -1) : value;
		if (!isDNS1123Subdomain(trimmed.replace(/_/g, 'a'))) {
			report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:search-domain-is-not-a', { value }), search, [...path, 'searches', index]);
		}
	});
	items(field(config, 'options')?.value).forEach((option, index) => {
		const nameField = field(option, 'name');
		if (!stringValue(nameField?.value))
			report(scope, 'semantic/dns-config', toMessage('semantic/dns-config:a-dns-config-option-needs-a'), nameField?.locator ?? option, [...path, 'options', index, 'name']);
	});
}

// ---------------------------------------------------------------------------- tolerations and affinity

function checkTolerations(scope: Scope): void {
	const { template } = scope;
	items(field(template.spec, 'tolerations')?.value).forEach((toleration, index) => {
		const path = [...template.specPath, 'tolerations', index];
		const keyField = field(toleration, 'key');
		const key = stringValue(keyField?.value) ?? '';
		const operatorField = field(toleration, 'operator');
		const operator = stringValue(operatorField?.value) ?? 'Equal';
		const valueField = field(toleration, 'value');
		const value = stringValue(valueField?.value) ?? '';
		if (key) {
			const problem = qualifiedNameProblem(key);
			if (problem) report(scope, 'semantic/toleration', toMessage('semantic/toleration', { key, problem }), keyField!.locator, [...path, 'key']);
		} else if (operator !== 'Exists') {
			report(scope, 'semantic/toleration', toMessage('semantic/toleration:operator-must-be-exists-when', { operator }), operatorField?.locator ?? (toleration as Node), [
				...path,
				'operator',
			]);
		}
		const seconds = field(toleration, 'tolerationSeconds');
		if (seconds && readInteger(seconds.value) !== undefined && stringValue(field(toleration, 'effect')?.value) !== 'NoExecute') {
			report(scope, 'semantic/toleration', toMessage('semantic/toleration:effect-must-be-no-execute-when'), seconds.key, [...path, 'tolerationSeconds']);
		}
		if (operator === 'Exists' && value) {
			report(scope, 'semantic/toleration', toMessage('semantic/toleration:value-must-be-empty-when', { value }), valueField!.locator, [...path, 'value']);
		} else if (operator === 'Equal' && value) {
			const problem = labelValueProblem(value);
			if (problem)
				report(scope, 'semantic/toleration', toMessage('semantic/toleration:toleration-value-is-invalid-it', { value, problem }), valueField!.locator, [...path, 'value']);
		}
	});
}

function checkNodeSelectorRequirement(scope: Scope, requirement: Node, path: PathSegment[]): void {
	const operatorField = field(requirement, 'operator');
	const operator = stringValue(operatorField?.value);
	const valuesField = field(requirement, 'values');
	const count = items(valuesField?.value).length;
	let problem: ManifestMessage | undefined;
	if ((operator === 'In' || operator === 'NotIn') && count === 0) problem = toMessage('fragment/check-node-selector-requirement', { operator });
	else if ((operator === 'Exists' || operator === 'DoesNotExist') && count > 0)
		problem = toMessage('fragment/check-node-selector-requirement:values-may-not-be-given', { operator });
	else if ((operator === 'Gt' || operator === 'Lt') && count !== 1) problem = toMessage('fragment/check-node-selector-requirement:exactly-one-value-must-be', { operator });
	if (problem) report(scope, 'semantic/scheduling-constraint', problem, valuesField?.key ?? operatorField?.locator ?? requirement, [...path, 'values']);
}

function checkWeight(scope: Scope, holder: Node, path: PathSegment[]): void {
	const weightField = field(holder, 'weight');
	const weight = readInteger(weightField?.value);
	if (weightField && weight !== undefined && (weight < 1 || weight > 100))
		report(scope, 'semantic/scheduling-constraint', toMessage('semantic/scheduling-constraint', { weight }), weightField.locator, [...path, 'weight']);
}

function checkAffinity(scope: Scope): void {
	const { template } = scope;
	const affinity = field(template.spec, 'affinity')?.value;
	if (!affinity) return;
	const base = [...template.specPath, 'affinity'];
	const nodeAffinity = field(affinity, 'nodeAffinity')?.value;
	const required = field(nodeAffinity, 'requiredDuringSchedulingIgnoredDuringExecution');
	if (required?.value && asMap(required.value)) {
		const termsField = field(required.value, 'nodeSelectorTerms');
		const terms = items(termsField?.value);
		const requiredPath = [...base, 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'];
		if (terms.length === 0)
			report(
				scope,
				'semantic/scheduling-constraint',
				toMessage('semantic/scheduling-constraint:node-selector-terms-must-have-at-least'),
				termsField?.locator ?? required.key,
				[...requiredPath, 'nodeSelectorTerms'],
			);
		terms.forEach((term, i) =>
			items(field(term, 'matchExpressions')?.value).forEach((req, j) =>
				checkNodeSelectorRequirement(scope, req, [...requiredPath, 'nodeSelectorTerms', i, 'matchExpressions', j]),
			),
		);
	}
	items(field(nodeAffinity, 'preferredDuringSchedulingIgnoredDuringExecution')?.value).forEach((term, i) => {
		const path = [...base, 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', i];
		checkWeight(scope, term, path);
		items(field(field(term, 'preference')?.value, 'matchExpressions')?.value).forEach((req, j) =>
			checkNodeSelectorRequirement(scope, req, [...path, 'preference', 'matchExpressions', j]),
		);
	});
	for (const kind of ['podAffinity', 'podAntiAffinity']) {
		const podAffinity = field(affinity, kind)?.value;
		const checkTerm = (term: Node, path: PathSegment[]) => {
			const topology = field(term, 'topologyKey');
			const key = stringValue(topology?.value);
			if (!key)
				report(scope, 'semantic/scheduling-constraint', toMessage('semantic/scheduling-constraint:topology-key-must-not-be-empty'), topology?.locator ?? term, [
					...path,
					'topologyKey',
				]);
			else {
				const problem = qualifiedNameProblem(key);
				if (problem)
					report(scope, 'semantic/scheduling-constraint', toMessage('semantic/scheduling-constraint:topology-key-is-invalid', { key, problem }), topology!.locator, [
						...path,
						'topologyKey',
					]);
			}
		};
		items(field(podAffinity, 'requiredDuringSchedulingIgnoredDuringExecution')?.value).forEach((term, i) =>
			checkTerm(term, [...base, kind, 'requiredDuringSchedulingIgnoredDuringExecution', i]),
		);
		items(field(podAffinity, 'preferredDuringSchedulingIgnoredDuringExecution')?.value).forEach((term, i) => {
			const path = [...base, kind, 'preferredDuringSchedulingIgnoredDuringExecution', i];
			checkWeight(scope, term, path);
			const inner = field(term, 'podAffinityTerm')?.value;
			if (inner) checkTerm(inner, [...path, 'podAffinityTerm']);
		});
	}
}

function checkTopologySpread(scope: Scope): void {
	const { template } = scope;
	const seen = new Set<string>();
	items(field(template.spec, 'topologySpreadConstraints')?.value).forEach((constraint, index) => {
		const path = [...template.specPath, 'topologySpreadConstraints', index];
		const skewField = field(constraint, 'maxSkew');
		const skew = readInteger(skewField?.value);
		if (skewField && skew !== undefined && skew <= 0)
			report(scope, 'semantic/scheduling-constraint', toMessage('semantic/scheduling-constraint:max-skew-must-be-greater-than', { skew }), skewField.locator, [
				...path,
				'maxSkew',
			]);
		const keyField = field(constraint, 'topologyKey');
		const key = stringValue(keyField?.value);
		if (keyField && key === '')
			report(scope, 'semantic/scheduling-constraint', toMessage('semantic/scheduling-constraint:topology-key-must-not-be-empty-2'), keyField.locator, [
				...path,
				'topologyKey',
			]);
		const when = stringValue(field(constraint, 'whenUnsatisfiable')?.value);
		const minDomainsField = field(constraint, 'minDomains');
		const minDomains = readInteger(minDomainsField?.value);
		if (minDomainsField && minDomains !== undefined && scope.minor >= 25) {
			if (minDomains <= 0)
				report(
					scope,
					'semantic/scheduling-constraint',
					toMessage('semantic/scheduling-constraint:min-domains-must-be-greater-than', { minDomains }),
					minDomainsField.locator,
					[...path, 'minDomains'],
				);
			else if (when !== 'DoNotSchedule')
				report(scope, 'semantic/scheduling-constraint', toMessage('semantic/scheduling-constraint:min-domains-can-only-be-used', { value: when }), minDomainsField.key, [
					...path,
					'minDomains',
				]);
		}
		if (key && when) {
			const pair = `${key}\u0000${when}`;
			if (seen.has(pair))
				report(
					scope,
					'semantic/scheduling-constraint',
					toMessage('semantic/scheduling-constraint:the-pair-topology-key-when-unsatisfiable', { key, when }),
					keyField!.locator,
					[...path, 'topologyKey'],
				);
			seen.add(pair);
		}
	});
}

// ----------------------------------------------------------------------------------- OS, sysctls, gates

const WINDOWS_FORBIDDEN_POD = [
	'appArmorProfile',
	'seLinuxOptions',
	'seccompProfile',
	'fsGroup',
	'fsGroupChangePolicy',
	'sysctls',
	'runAsUser',
	'runAsGroup',
	'supplementalGroups',
	'supplementalGroupsPolicy',
	'seLinuxChangePolicy',
];
const WINDOWS_FORBIDDEN_CONTAINER = [
	'appArmorProfile',
	'seLinuxOptions',
	'seccompProfile',
	'capabilities',
	'readOnlyRootFilesystem',
	'privileged',
	'allowPrivilegeEscalation',
	'procMount',
	'runAsUser',
	'runAsGroup',
];

function checkOs(scope: Scope, containers: ContainerRef[]): void {
	const { template } = scope;
	const osField = field(template.spec, 'os');
	if (!osField?.value || !asMap(osField.value)) return;
	const nameField = field(osField.value, 'name');
	const os = stringValue(nameField?.value);
	if (os === undefined) return;
	if (os !== 'linux' && os !== 'windows') {
		report(scope, 'semantic/pod-os', toMessage('semantic/pod-os', { os }), nameField!.locator, [...template.specPath, 'os', 'name']);
		return;
	}
	const podContext = field(template.spec, 'securityContext');
	// Pointer fields are forbidden when set at all (even false); hostPID and hostIPC only when true; empty lists are left alone.
	const forbid = (holder: Node | undefined, names: readonly string[], path: PathSegment[], onlyTrue = false) => {
		for (const name of names) {
			const f = field(holder, name);
			if (!f || f.value === undefined || scalarValue(f.value) === null || (onlyTrue && scalarValue(f.value) !== true) || asSeq(f.value)?.items.length === 0) continue;
			report(scope, 'semantic/pod-os', toMessage('semantic/pod-os:cannot-be-set-for-a', { name, os }), f.key, [...path, name]);
		}
	};
	if (os === 'windows') {
		forbid(podContext?.value, WINDOWS_FORBIDDEN_POD, [...template.specPath, 'securityContext']);
		forbid(template.spec, ['hostPID', 'hostIPC'], template.specPath, true);
		forbid(template.spec, ['hostUsers', 'shareProcessNamespace'], template.specPath);
		for (const container of containers) forbid(field(container.node, 'securityContext')?.value, WINDOWS_FORBIDDEN_CONTAINER, [...container.path, 'securityContext']);
	} else {
		forbid(podContext?.value, ['windowsOptions'], [...template.specPath, 'securityContext']);
		for (const container of containers) forbid(field(container.node, 'securityContext')?.value, ['windowsOptions'], [...container.path, 'securityContext']);
	}
}

const SYSCTL_NAME = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
const IPC_SYSCTLS = new Set(['kernel.shm_rmid_forced', 'kernel.shmmax', 'kernel.shmall', 'kernel.shmmni', 'kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem']);

function checkSysctls(scope: Scope): void {
	const { template } = scope;
	const path = [...template.specPath, 'securityContext', 'sysctls'];
	const hostNetwork = readBoolean(field(template.spec, 'hostNetwork')?.value) === true;
	const hostIPC = readBoolean(field(template.spec, 'hostIPC')?.value) === true;
	const seen = new Set<string>();
	items(field(field(template.spec, 'securityContext')?.value, 'sysctls')?.value).forEach((sysctl, index) => {
		const nameField = field(sysctl, 'name');
		const name = stringValue(nameField?.value);
		if (!nameField || name === undefined) return;
		const at = [...path, index, 'name'];
		if (name.length > 253 || !SYSCTL_NAME.test(name)) report(scope, 'semantic/sysctl', toMessage('semantic/sysctl', { name }), nameField.locator, at);
		else if (seen.has(name)) report(scope, 'semantic/sysctl', toMessage('semantic/sysctl:sysctl-is-listed-twice', { name }), nameField.locator, at);
		seen.add(name);
		// utilsysctl.GetNamespace reads "/"-separated names with "/" and "." swapped.
		const dotted =
			name.indexOf('/') !== -1 && (name.indexOf('.') === -1 || name.indexOf('/') < name.indexOf('.')) ? name.replace(/[./]/g, (c) => (c === '/' ? '.' : '/')) : name;
		if (hostNetwork && dotted.startsWith('net.')) report(scope, 'semantic/sysctl', toMessage('semantic/sysctl:sysctl-may-not-be-set', { name }), nameField.locator, at);
		if (hostIPC && (IPC_SYSCTLS.has(dotted) || dotted.startsWith('fs.mqueue.')))
			report(scope, 'semantic/sysctl', toMessage('semantic/sysctl:sysctl-may-not-be-set-2', { name }), nameField.locator, at);
	});
}

function checkGates(scope: Scope): void {
	const { template } = scope;
	items(field(template.spec, 'readinessGates')?.value).forEach((gate, index) => {
		const f = field(gate, 'conditionType');
		const value = stringValue(f?.value);
		const problem = value !== undefined ? qualifiedNameProblem(value) : undefined;
		if (problem)
			report(scope, 'semantic/pod-gates', toMessage('semantic/pod-gates', { value, problem }), f!.locator, [...template.specPath, 'readinessGates', index, 'conditionType']);
	});
	const seen = new Set<string>();
	items(field(template.spec, 'schedulingGates')?.value).forEach((gate, index) => {
		const f = field(gate, 'name');
		const value = stringValue(f?.value);
		if (value === undefined) return;
		const problem = qualifiedNameProblem(value);
		if (problem)
			report(scope, 'semantic/pod-gates', toMessage('semantic/pod-gates:scheduling-gates-name-is-invalid', { value, problem }), f!.locator, [
				...template.specPath,
				'schedulingGates',
				index,
				'name',
			]);
		else if (seen.has(value))
			report(scope, 'semantic/pod-gates', toMessage('semantic/pod-gates:scheduling-gate-is-listed-twice', { value }), f!.locator, [
				...template.specPath,
				'schedulingGates',
				index,
				'name',
			]);
		seen.add(value);
	});
}

// ------------------------------------------------------------------------------------------- validator

/** Validates the Pod spec of any Pod-bearing object (exported for the workloads and batch modules' tests). */
export function validatePodSpec(context: SemanticContext): void {
	const { object } = context;
	const template = podTemplateOf(object.kind, object.node);
	if (!template || !asMap(template.spec)) return;
	const scope: Scope = {
		context,
		template,
		isPod: object.kind === 'Pod',
		note: object.kind === 'StatefulSet' ? STATEFULSET_NOTE : undefined,
		minor: k8sMinor(context.k8sVersion),
	};
	const containers = containersOf(template);
	const volumes = checkVolumes(scope);
	checkContainers(scope, containers);
	checkHostPorts(scope, containers);
	checkVolumeMounts(scope, containers, volumes);
	checkPodFields(scope);
	checkDns(scope);
	checkTolerations(scope);
	checkAffinity(scope);
	checkTopologySpread(scope);
	checkOs(scope, containers);
	checkSysctls(scope);
	checkGates(scope);
	checkPodResources(scope);
}

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_BEARERS.map((key) => [key, validatePodSpec]));
