// Layer 6, best practice: what a careful reviewer flags first in a workload. Every rule here is a
// warning or info and can be switched off; the catalogue (rule-catalogue.ts) explains each one.
import type { Node } from 'yaml';
import { compareVersions } from './api-lifecycle.ts';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { podTemplateOf } from './pod-templates.ts';
import type { PodTemplate } from './pod-templates.ts';
import { text } from './text.ts';
import { field, formatPath, get, items, rangeOf, scalarValue, stringValue } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';

type Emit = (rule: string, message: ReturnType<typeof text>, at: Node, path: PathSegment[]) => void;

const DANGEROUS_CAPABILITIES: ReadonlySet<string> = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH', 'BPF', 'PERFMON']);
const SECRET_LIKE_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)/i;

export function checkBestPractice(objects: readonly ManifestObject[], target: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		const template = podTemplateOf(object.kind, object.node);
		if (!template || object.kind === 'PodTemplate') continue;
		const emit: Emit = (rule, message, at, path) =>
			findings.push({ rule, message, ...rangeOf(at), path: formatPath([...object.path, ...path]), document: object.document });
		checkPod(template, emit, target);
	}
	return findings;
}

function checkPod(template: PodTemplate, emit: Emit, target: string): void {
	const { spec, specPath } = template;
	for (const namespace of ['hostNetwork', 'hostPID', 'hostIPC']) {
		const located = field(spec, namespace);
		if (located && scalarValue(located.value) === true) {
			emit(
				'bp/host-namespaces',
				text(`${namespace}: true shares the node's namespace with this Pod; it can see and reach the node's network or processes.`, `${namespace}: true 让 Pod 共享节点的命名空间，可以看到并访问节点的网络或进程。`),
				located.locator,
				[...specPath, namespace],
			);
		}
	}
	items(field(spec, 'volumes')?.value).forEach((volume, index) => {
		const hostPath = field(volume, 'hostPath');
		if (!hostPath) return;
		const path = stringValue(get(hostPath.value, 'path')) ?? '';
		if (/(docker|dockershim)\.sock$/.test(path)) {
			const removed = compareVersions(target, '1.24') >= 0;
			emit(
				'bp/docker-socket',
				text(
					`Mounting ${path} gives the Pod root on the node.${removed ? ' Since Kubernetes 1.24 (dockershim removed) the kubelet no longer runs containers through Docker, so this socket usually does not exist or does not show the cluster’s containers.' : ' Kubernetes 1.24 removes dockershim, after which this socket no longer shows the cluster’s containers.'}`,
					`挂载 ${path} 等于给了 Pod 节点的 root 权限。${removed ? '自 Kubernetes 1.24（移除 dockershim）起，kubelet 不再通过 Docker 运行容器，这个套接字通常不存在，或看不到集群的容器。' : 'Kubernetes 1.24 将移除 dockershim，之后该套接字将看不到集群的容器。'}`,
				),
				hostPath.key,
				[...specPath, 'volumes', index, 'hostPath'],
			);
		} else {
			emit(
				'bp/host-path',
				text(`hostPath volume ${path ? `"${path}" ` : ''}exposes the node's file system to the Pod and ties it to one node.`, `hostPath 卷${path ? `“${path}”` : ''}把节点文件系统暴露给 Pod，并把 Pod 绑定在某个节点上。`),
				hostPath.key,
				[...specPath, 'volumes', index, 'hostPath'],
			);
		}
	});

	const podSecurity = field(spec, 'securityContext')?.value;
	const podNonRoot = scalarValue(get(podSecurity, 'runAsNonRoot')) === true;
	const podUser = scalarValue(get(podSecurity, 'runAsUser'));
	const podUserField = field(podSecurity, 'runAsUser');
	if (podUser === 0 && podUserField) {
		emit('bp/run-as-non-root', text('runAsUser: 0 runs the containers as root.', 'runAsUser: 0 会以 root 身份运行容器。'), podUserField.locator, [...specPath, 'securityContext', 'runAsUser']);
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
	emit(
		'bp/image-tag',
		tag === undefined
			? text(`Image "${image}" has no tag, which means :latest — the version can change under you on every Pod restart. Pin a version tag or digest.`, `镜像“${image}”没有标签，等同于 :latest——每次 Pod 重启都可能换成别的版本。请固定版本标签或摘要。`)
			: text(`Image "${image}" uses :latest — the version can change under you on every Pod restart. Pin a version tag or digest.`, `镜像“${image}”使用 :latest——每次 Pod 重启都可能换成别的版本。请固定版本标签或摘要。`),
		located.locator,
		[...path, 'image'],
	);
}

function checkResources(container: Node, path: PathSegment[], anchor: Node, name: string, emit: Emit): void {
	const resources = field(container, 'resources');
	const requests = get(resources?.value, 'requests');
	const limits = get(resources?.value, 'limits');
	const at = resources?.key ?? anchor;
	const atPath = resources ? [...path, 'resources'] : [...path, 'name'];
	if (!requests || (!get(requests, 'cpu') && !get(requests, 'memory'))) {
		emit(
			'bp/resource-requests',
			text(`Container "${name}" sets no CPU/memory requests: the scheduler cannot place it sensibly and it is first to be evicted.`, `容器“${name}”没有设置 CPU/内存 requests：调度器无法合理安排它，资源紧张时它最先被驱逐。`),
			at,
			atPath,
		);
	}
	if (!get(limits, 'memory')) {
		emit(
			'bp/memory-limit',
			text(`Container "${name}" has no memory limit: a leak can take memory from everything else on the node.`, `容器“${name}”没有内存限制：一旦内存泄漏，会挤占节点上其他一切的内存。`),
			at,
			atPath,
		);
	}
}

function checkProbes(container: Node, anchor: Node, name: string, path: PathSegment[], emit: Emit): void {
	if (!get(container, 'readinessProbe')) {
		emit(
			'bp/readiness-probe',
			text(`Container "${name}" has no readinessProbe: Services send it traffic as soon as it starts, ready or not.`, `容器“${name}”没有 readinessProbe：无论是否就绪，一启动 Service 就会把流量发给它。`),
			anchor,
			[...path, 'name'],
		);
	}
	if (!get(container, 'livenessProbe')) {
		emit(
			'bp/liveness-probe',
			text(`Container "${name}" has no livenessProbe: if it hangs without exiting, nothing restarts it.`, `容器“${name}”没有 livenessProbe：如果它卡住但不退出，没有谁会重启它。`),
			anchor,
			[...path, 'name'],
		);
	}
}

function checkSecurity(container: Node, path: PathSegment[], anchor: Node, name: string, emit: Emit, podNonRoot: boolean, podNonZeroUser: boolean): void {
	const security = field(container, 'securityContext');
	const context = security?.value;
	const privileged = field(context, 'privileged');
	const isPrivileged = scalarValue(privileged?.value) === true;
	if (privileged && isPrivileged) {
		emit(
			'bp/privileged',
			text(`Container "${name}" is privileged: it has every capability and all host devices — effectively root on the node.`, `容器“${name}”是特权容器：拥有全部能力和所有主机设备，相当于节点上的 root。`),
			privileged.locator,
			[...path, 'securityContext', 'privileged'],
		);
	}
	const escalation = field(context, 'allowPrivilegeEscalation');
	if (!isPrivileged && scalarValue(escalation?.value) !== false) {
		emit(
			'bp/privilege-escalation',
			text(`Container "${name}" does not set allowPrivilegeEscalation: false, so setuid binaries can gain more privileges than the process started with.`, `容器“${name}”没有设置 allowPrivilegeEscalation: false，setuid 程序可以获得比启动时更多的权限。`),
			escalation?.locator ?? security?.key ?? anchor,
			escalation ? [...path, 'securityContext', 'allowPrivilegeEscalation'] : [...path, security ? 'securityContext' : 'name'],
		);
	}
	const userField = field(context, 'runAsUser');
	const user = scalarValue(userField?.value);
	const nonRootField = field(context, 'runAsNonRoot');
	const nonRoot = scalarValue(nonRootField?.value);
	if (user === 0 && userField) {
		emit('bp/run-as-non-root', text(`Container "${name}" runs as root (runAsUser: 0).`, `容器“${name}”以 root 身份运行（runAsUser: 0）。`), userField.locator, [...path, 'securityContext', 'runAsUser']);
	} else if (nonRoot === false && nonRootField) {
		emit('bp/run-as-non-root', text(`Container "${name}" explicitly allows running as root.`, `容器“${name}”明确允许以 root 身份运行。`), nonRootField.locator, [...path, 'securityContext', 'runAsNonRoot']);
	} else if (nonRoot !== true && !podNonRoot && !(typeof user === 'number' && user > 0) && !podNonZeroUser) {
		emit(
			'bp/run-as-non-root',
			text(`Container "${name}" may run as root: set runAsNonRoot: true (Pod or container securityContext) so the kubelet refuses images that would.`, `容器“${name}”可能以 root 运行：请在 Pod 或容器的 securityContext 中设置 runAsNonRoot: true，这样 kubelet 会拒绝以 root 运行的镜像。`),
			security?.key ?? anchor,
			[...path, security ? 'securityContext' : 'name'],
		);
	}
	const readOnly = field(context, 'readOnlyRootFilesystem');
	if (scalarValue(readOnly?.value) !== true) {
		emit(
			'bp/read-only-root-filesystem',
			text(`Container "${name}" can write to its root file system; readOnlyRootFilesystem: true (with emptyDir volumes where it must write) limits what an attacker can change.`, `容器“${name}”可以写入根文件系统；设置 readOnlyRootFilesystem: true（需要写的地方用 emptyDir 卷）可以限制攻击者能改动的内容。`),
			readOnly?.locator ?? security?.key ?? anchor,
			readOnly ? [...path, 'securityContext', 'readOnlyRootFilesystem'] : [...path, security ? 'securityContext' : 'name'],
		);
	}
	items(get(context, 'capabilities', 'add')).forEach((capability, index) => {
		const value = stringValue(capability);
		if (!value || !DANGEROUS_CAPABILITIES.has(value.replace(/^CAP_/, ''))) return;
		emit(
			'bp/dangerous-capabilities',
			text(`Capability ${value} gives container "${name}" near-root power over the node or its network.`, `能力 ${value} 让容器“${name}”对节点或其网络拥有接近 root 的权力。`),
			capability,
			[...path, 'securityContext', 'capabilities', 'add', index],
		);
	});
}

function checkEnv(container: Node, path: PathSegment[], emit: Emit): void {
	items(field(container, 'env')?.value).forEach((env, index) => {
		const name = stringValue(get(env, 'name'));
		const valueField = field(env, 'value');
		const value = scalarValue(valueField?.value);
		if (!name || !valueField || value === null || value === undefined || value === '' || !SECRET_LIKE_NAME.test(name)) return;
		emit(
			'bp/secret-in-env',
			text(`${name} is set as plain text in the manifest; anyone who can read the object (or its Git history) sees it. Use valueFrom.secretKeyRef.`, `${name} 以明文写在清单里；能读取该对象（或其 Git 历史）的人都能看到。请改用 valueFrom.secretKeyRef。`),
			valueField.locator,
			[...path, 'env', index, 'value'],
		);
	});
}
