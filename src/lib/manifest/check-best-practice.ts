// Layer 6, best practice: what a careful reviewer flags first in a workload. Every rule here is a
// warning or info and can be switched off; the catalogue (rule-catalogue.ts) explains each one.
import type { Node } from 'yaml';
import { compareVersions } from './api-lifecycle.ts';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { podTemplateOf } from './pod-templates.ts';
import type { PodTemplate } from './pod-templates.ts';
import { field, formatPath, get, items, rangeOf, scalarValue, stringValue } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';
import { message as toMessage, type ManifestMessage } from './message.ts';

type Emit = (rule: string, message: ManifestMessage, at: Node, path: PathSegment[]) => void;

const DANGEROUS_CAPABILITIES: ReadonlySet<string> = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH', 'BPF', 'PERFMON']);
const SECRET_LIKE_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)/i;

export function checkBestPractice(objects: readonly ManifestObject[], target: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		const template = podTemplateOf(object.kind, object.node);
		if (!template || object.kind === 'PodTemplate') continue;
		const emit: Emit = (rule, message, at, path) => findings.push({ rule, message, ...rangeOf(at), path: formatPath([...object.path, ...path]), document: object.document });
		checkPod(template, emit, target);
	}
	return findings;
}

function checkPod(template: PodTemplate, emit: Emit, target: string): void {
	const { spec, specPath } = template;
	for (const namespace of ['hostNetwork', 'hostPID', 'hostIPC']) {
		const located = field(spec, namespace);
		if (located && scalarValue(located.value) === true) {
			emit('bp/host-namespaces', toMessage('bp/host-namespaces', { namespace }), located.locator, [...specPath, namespace]);
		}
	}
	items(field(spec, 'volumes')?.value).forEach((volume, index) => {
		const hostPath = field(volume, 'hostPath');
		if (!hostPath) return;
		const path = stringValue(get(hostPath.value, 'path')) ?? '';
		if (/(docker|dockershim)\.sock$/.test(path)) {
			const removed = compareVersions(target, '1.24') >= 0;
			emit('bp/docker-socket', toMessage('bp/docker-socket', { path, hasRemoved: removed }), hostPath.key, [...specPath, 'volumes', index, 'hostPath']);
		} else {
			emit('bp/host-path', toMessage('bp/host-path', { hasPath: !!path, path }), hostPath.key, [...specPath, 'volumes', index, 'hostPath']);
		}
	});

	const podSecurity = field(spec, 'securityContext')?.value;
	const podNonRoot = scalarValue(get(podSecurity, 'runAsNonRoot')) === true;
	const podUser = scalarValue(get(podSecurity, 'runAsUser'));
	const podUserField = field(podSecurity, 'runAsUser');
	if (podUser === 0 && podUserField) {
		emit('bp/run-as-non-root', toMessage('bp/run-as-non-root'), podUserField.locator, [...specPath, 'securityContext', 'runAsUser']);
	}

	for (const list of ['initContainers', 'containers']) {
		items(field(spec, list)?.value).forEach((container, index) => {
			const path: PathSegment[] = [...specPath, list, index];
			const nameField = field(container, 'name');
			const anchor = nameField?.locator ?? container;
			const name = stringValue(nameField?.value) ?? `#${index}`;
			checkImage(container, path, emit);
			checkSecurity(container, path, anchor, name, emit, podNonRoot, typeof podUser === 'number' && podUser > 0);
			checkEnv(container, path, emit);
			if (list === 'containers') {
				checkResources(container, path, anchor, name, emit);
				if (!template.runsToCompletion) checkProbes(container, anchor, name, path, emit);
			}
		});
	}
}

function checkImage(container: Node, path: PathSegment[], emit: Emit): void {
	const located = field(container, 'image');
	const image = stringValue(located?.value);
	if (!located || !image || image.includes('@')) return; // pinned by digest
	const lastSlash = image.lastIndexOf('/');
	const colon = image.indexOf(':', lastSlash + 1);
	const tag = colon === -1 ? undefined : image.slice(colon + 1);
	if (tag !== undefined && tag !== 'latest') return;
	emit('bp/image-tag', tag === undefined ? toMessage('bp/image-tag', { image }) : toMessage('bp/image-tag:image-uses-latest-the-version', { image }), located.locator, [
		...path,
		'image',
	]);
}

function checkResources(container: Node, path: PathSegment[], anchor: Node, name: string, emit: Emit): void {
	const resources = field(container, 'resources');
	const requests = get(resources?.value, 'requests');
	const limits = get(resources?.value, 'limits');
	const at = resources?.key ?? anchor;
	const atPath = resources ? [...path, 'resources'] : [...path, 'name'];
	if (!requests || (!get(requests, 'cpu') && !get(requests, 'memory'))) {
		emit('bp/resource-requests', toMessage('bp/resource-requests', { name }), at, atPath);
	}
	if (!get(limits, 'memory')) {
		emit('bp/memory-limit', toMessage('bp/memory-limit', { name }), at, atPath);
	}
}

function checkProbes(container: Node, anchor: Node, name: string, path: PathSegment[], emit: Emit): void {
	if (!get(container, 'readinessProbe')) {
		emit('bp/readiness-probe', toMessage('bp/readiness-probe', { name }), anchor, [...path, 'name']);
	}
	if (!get(container, 'livenessProbe')) {
		emit('bp/liveness-probe', toMessage('bp/liveness-probe', { name }), anchor, [...path, 'name']);
	}
}

function checkSecurity(container: Node, path: PathSegment[], anchor: Node, name: string, emit: Emit, podNonRoot: boolean, podNonZeroUser: boolean): void {
	const security = field(container, 'securityContext');
	const context = security?.value;
	const privileged = field(context, 'privileged');
	const isPrivileged = scalarValue(privileged?.value) === true;
	if (privileged && isPrivileged) {
		emit('bp/privileged', toMessage('bp/privileged', { name }), privileged.locator, [...path, 'securityContext', 'privileged']);
	}
	const escalation = field(context, 'allowPrivilegeEscalation');
	if (!isPrivileged && scalarValue(escalation?.value) !== false) {
		emit(
			'bp/privilege-escalation',
			toMessage('bp/privilege-escalation', { name }),
			escalation?.locator ?? security?.key ?? anchor,
			escalation ? [...path, 'securityContext', 'allowPrivilegeEscalation'] : [...path, security ? 'securityContext' : 'name'],
		);
	}
	const userField = field(context, 'runAsUser');
	const user = scalarValue(userField?.value);
	const nonRootField = field(context, 'runAsNonRoot');
	const nonRoot = scalarValue(nonRootField?.value);
	if (user === 0 && userField) {
		emit('bp/run-as-non-root', toMessage('bp/run-as-non-root:container-runs-as-root-run-as-user', { name }), userField.locator, [...path, 'securityContext', 'runAsUser']);
	} else if (nonRoot === false && nonRootField) {
		emit('bp/run-as-non-root', toMessage('bp/run-as-non-root:container-explicitly-allows-running-as', { name }), nonRootField.locator, [
			...path,
			'securityContext',
			'runAsNonRoot',
		]);
	} else if (nonRoot !== true && !podNonRoot && !(typeof user === 'number' && user > 0) && !podNonZeroUser) {
		emit('bp/run-as-non-root', toMessage('bp/run-as-non-root:container-may-run-as-root', { name }), security?.key ?? anchor, [...path, security ? 'securityContext' : 'name']);
	}
	const readOnly = field(context, 'readOnlyRootFilesystem');
	if (scalarValue(readOnly?.value) !== true) {
		emit(
			'bp/read-only-root-filesystem',
			toMessage('bp/read-only-root-filesystem', { name }),
			readOnly?.locator ?? security?.key ?? anchor,
			readOnly ? [...path, 'securityContext', 'readOnlyRootFilesystem'] : [...path, security ? 'securityContext' : 'name'],
		);
	}
	items(get(context, 'capabilities', 'add')).forEach((capability, index) => {
		const value = stringValue(capability);
		if (!value || !DANGEROUS_CAPABILITIES.has(value.replace(/^CAP_/, ''))) return;
		emit('bp/dangerous-capabilities', toMessage('bp/dangerous-capabilities', { value, name }), capability, [...path, 'securityContext', 'capabilities', 'add', index]);
	});
}

function checkEnv(container: Node, path: PathSegment[], emit: Emit): void {
	items(field(container, 'env')?.value).forEach((env, index) => {
		const name = stringValue(get(env, 'name'));
		const valueField = field(env, 'value');
		const value = scalarValue(valueField?.value);
		if (!name || !valueField || value === null || value === undefined || value === '' || !SECRET_LIKE_NAME.test(name)) return;
		emit('bp/secret-in-env', toMessage('bp/secret-in-env', { name }), valueField.locator, [...path, 'env', index, 'value']);
	});
}
