// The Pod spec as kube-apiserver validates it (pkg/apis/core/validation/validation.go ValidatePodSpec and
// the functions it calls), for Pods and every Pod template (Deployment, Job, CronJob …). Values are judged
// after the defaults pkg/apis/core/v1/defaults.go applies: probe timings of 0 become their defaults, a
// volume without a source becomes an emptyDir, an httpGet probe without a path gets "/".
import type { Node } from 'yaml';
import { podTemplateOf, SELECTING_WORKLOADS } from '../pod-templates.ts';
import type { PodTemplate } from '../pod-templates.ts';
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { LocalizedText } from '../types.ts';
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

const V = 'pkg/apis/core/validation/validation.go';

export const rules: RuleInfo[] = [
	semanticRule('semantic/no-containers', 'error', ['Pod without containers', 'Pod 没有容器'], [
		'A Pod spec needs at least one entry in containers; an empty list is refused (init containers do not count).',
		'Pod 规约的 containers 中至少要有一个容器；空列表会被拒绝（Init 容器不算在内）。',
	], `${V} validateContainers`),
	semanticRule('semantic/invalid-container-name', 'error', ['Invalid container name', '容器名称无效'], [
		'Container names are DNS-1123 labels: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit.',
		'容器名称必须是 DNS-1123 标签：最多 63 个小写字母、数字和“-”，并以字母或数字开头和结尾。',
	], `${V} validateContainerCommon`),
	semanticRule('semantic/duplicate-container-name', 'error', ['Duplicate container name', '容器名称重复'], [
		'Every container of a Pod — init, regular and ephemeral — needs a name of its own.',
		'Pod 中的每个容器（Init 容器、普通容器和临时容器）都必须有自己独有的名称。',
	], `${V} validateContainers, validateInitContainers, validateEphemeralContainers`),
	semanticRule('semantic/container-image', 'error', ['Container image missing', '缺少容器镜像'], [
		'Every container needs an image; in a Pod (not a template) the image may also not start or end with whitespace.',
		'每个容器都必须指定镜像；在 Pod 中（而非模板中），镜像名也不能以空白字符开头或结尾。',
	], `${V} validateContainerCommon, validateContainerOnlyForPod`),
	semanticRule('semantic/container-port', 'error', ['Invalid container port', '容器端口无效'], [
		'containerPort is required and must be 1–65535; hostPort, when set, must be 1–65535 as well.',
		'containerPort 是必填项，且必须在 1–65535 之间；若设置了 hostPort，它也必须在 1–65535 之间。',
	], `${V} validateContainerPorts`),
	semanticRule('semantic/port-name', 'error', ['Invalid or duplicate port name', '端口名称无效或重复'], [
		'A port name is an IANA service name: at most 15 lowercase letters, digits and "-", with at least one letter, no "--" and no "-" at either end. Names must be unique within a container.',
		'端口名称必须是 IANA 服务名：最多 15 个小写字母、数字和“-”，至少包含一个字母，不能有“--”，也不能以“-”开头或结尾。同一容器内的端口名称不能重复。',
	], `${V} validateContainerPorts (k8s.io/apimachinery/pkg/util/validation IsValidPortName)`),
	semanticRule('semantic/host-port', 'error', ['Host port conflict', '主机端口冲突'], [
		'Two container ports may not claim the same hostPort, protocol and hostIP; with hostNetwork: true a hostPort must equal its containerPort.',
		'两个容器端口不能占用相同的 hostPort、协议和 hostIP；当 hostNetwork 为 true 时，hostPort 必须与 containerPort 相同。',
	], `${V} AccumulateUniqueHostPorts, validatePodHostNetworkDeps`),
	semanticRule('semantic/env-var', 'error', ['Invalid environment variable', '环境变量无效'], [
		'An env entry needs a name (any printable ASCII character except "="); valueFrom must name exactly one source and cannot be combined with a non-empty value; key references need a valid key.',
		'env 条目必须有名称（除“=”以外的任意可打印 ASCII 字符）；valueFrom 必须恰好指定一个来源，且不能与非空的 value 同时使用；键引用必须给出有效的键。',
	], `${V} ValidateEnv, validateEnvVarValueFrom`),
	semanticRule('semantic/env-from', 'error', ['Invalid envFrom entry', 'envFrom 条目无效'], [
		'Each envFrom entry names exactly one of configMapRef or secretRef; a prefix must be a valid variable name.',
		'每个 envFrom 条目必须且只能指定 configMapRef 或 secretRef 之一；prefix 必须是有效的变量名。',
	], `${V} ValidateEnvFrom`),
	semanticRule('semantic/volume', 'error', ['Invalid volume', '卷无效'], [
		'Volume names are unique DNS-1123 labels and a volume has at most one source (none means emptyDir); configMap, secret and persistentVolumeClaim volumes name their object.',
		'卷名称必须是互不相同的 DNS-1123 标签，每个卷最多只能有一个来源（不写来源即为 emptyDir）；configMap、secret 和 persistentVolumeClaim 卷必须给出所引用对象的名称。',
	], `${V} ValidateVolumes, validateVolumeSource, validateConfigMapVolumeSource, validateSecretVolumeSource, validatePersistentClaimVolumeSource`),
	semanticRule('semantic/file-mode', 'error', ['Invalid file mode', '文件权限无效'], [
		'defaultMode and mode are file permission bits between 0 and 0777. YAML reads 0644 as octal but 644 as decimal — more than 0777.',
		'defaultMode 和 mode 是 0 到 0777 之间的文件权限位。YAML 把 0644 读作八进制，而 644 是十进制，超出了 0777。',
	], `${V} validateSecretVolumeSource, validateConfigMapVolumeSource, validateDownwardAPIVolumeSource, validateProjectedVolumeSource`),
	semanticRule('semantic/volume-item-path', 'error', ['Invalid projected path', '投射路径无效'], [
		'The path of a projected key is relative, not empty, and neither contains nor starts with ".."; the key is not empty.',
		'投射键的 path 必须是非空的相对路径，既不能包含“..”，也不能以“..”开头；key 不能为空。',
	], `${V} validateKeyToPath, validateLocalNonReservedPath`),
	semanticRule('semantic/volume-mount', 'error', ['Invalid volume mount', '卷挂载无效'], [
		'Mount paths are unique within a container; subPath and subPathExpr are relative paths without "..", and not both; Bidirectional propagation needs a privileged container; recursiveReadOnly needs readOnly: true.',
		'同一容器内的挂载路径不能重复；subPath 和 subPathExpr 是不含“..”的相对路径，且不能同时设置；Bidirectional 传播需要特权容器；recursiveReadOnly 需要 readOnly: true。',
	], `${V} ValidateVolumeMounts, validateMountPropagation, validateMountRecursiveReadOnly`),
	semanticRule('semantic/resource-requests', 'error', ['Requests above limits', '请求超过限制'], [
		'A container (or, with pod-level resources, the Pod) may not request more of a resource than its limit allows. Quantities are compared exactly (1Gi is more than 1G).',
		'容器（或使用 Pod 级资源时的 Pod）对某种资源的请求不能超过其限制。数量按精确值比较（1Gi 大于 1G）。',
	], `${V} ValidateResourceRequirements, validatePodResourceRequirements`),
	semanticRule('semantic/resource-quantity', 'error', ['Invalid resource quantity', '资源数量无效'], [
		'Resource quantities may not be negative; extended resources (e.g. nvidia.com/gpu) are whole numbers, need a limit and their request must equal it; hugepages need cpu or memory and a multiple of the page size.',
		'资源数量不能为负数；扩展资源（例如 nvidia.com/gpu）必须是整数、必须设置限制，且请求必须等于限制；大页需要同时设置 cpu 或 memory，且数量是页大小的整数倍。',
	], `${V} ValidateResourceRequirements, ValidateResourceQuantityValue, validateResourceQuantityHugePageValue`),
	semanticRule('semantic/resource-name', 'error', ['Unknown resource name', '未知的资源名称'], [
		'Container resources are cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource such as nvidia.com/gpu.',
		'容器资源只能是 cpu、memory、ephemeral-storage、hugepages-<大小>，或带域名前缀的扩展资源（例如 nvidia.com/gpu）。',
	], `${V} validateContainerResourceName`),
	semanticRule('semantic/probe', 'error', ['Invalid probe or lifecycle handler', '探针或生命周期处理器无效'], [
		'A probe or lifecycle handler has exactly one action (exec, httpGet, tcpSocket, grpc; sleep for lifecycle); timings are not negative; liveness and startup probes need successThreshold 1; readiness probes take no terminationGracePeriodSeconds.',
		'探针或生命周期处理器必须且只能有一种动作（exec、httpGet、tcpSocket、grpc；生命周期还可用 sleep）；各时间参数不能为负；存活探针和启动探针的 successThreshold 必须为 1；就绪探针不能设置 terminationGracePeriodSeconds。',
	], `${V} validateProbe, validateLivenessProbe, validateStartupProbe, validateReadinessProbe, validateHandler`),
	semanticRule('semantic/init-container', 'error', ['Field not allowed on an init container', 'Init 容器不允许的字段'], [
		'Init containers run to completion one after another, so they take no probes and no lifecycle hooks — unless restartPolicy: Always makes them sidecar containers (GA since 1.33), which may have both.',
		'Init 容器逐个运行至结束，因此不能设置探针和生命周期钩子；除非 restartPolicy: Always 使其成为边车容器（自 1.33 起正式发布），边车容器可以设置两者。',
	], `${V} validateInitContainers`),
	semanticRule('semantic/container-restart-policy', 'error', ['Invalid container restartPolicy', '容器 restartPolicy 无效'], [
		'A container-level restartPolicy is Always (a sidecar init container), OnFailure or Never.',
		'容器级别的 restartPolicy 只能是 Always（边车 Init 容器）、OnFailure 或 Never。',
	], `${V} validateInitContainerRestartPolicy`),
	semanticRule('semantic/ephemeral-containers', 'error', ['Ephemeral containers on create', '创建时包含临时容器'], [
		'Ephemeral containers are added to a running Pod with kubectl debug; a new Pod may not list any.',
		'临时容器是用 kubectl debug 添加到运行中 Pod 的；新建的 Pod 不能包含临时容器。',
	], `${V} ValidatePodCreate`),
	semanticRule('semantic/dns-config', 'error', ['Invalid DNS configuration', 'DNS 配置无效'], [
		'dnsPolicy: None needs dnsConfig with at least one nameserver; at most 3 nameservers (IP addresses) and 32 search domains (2048 characters in all); options need a name.',
		'dnsPolicy: None 需要带至少一个 nameserver 的 dnsConfig；nameservers 最多 3 个（IP 地址），searches 最多 32 个（总计 2048 个字符）；options 必须有名称。',
	], `${V} validatePodDNSConfig`),
	semanticRule('semantic/security-context', 'error', ['Invalid security context', '安全上下文无效'], [
		'User and group IDs are 0–2147483647; a Localhost seccomp or AppArmor profile names its file and only Localhost may; allowPrivilegeEscalation: false cannot go with privileged: true or CAP_SYS_ADMIN; procMount: Unmasked needs hostUsers: false; shareProcessNamespace and hostPID exclude each other.',
		'用户和组 ID 必须在 0–2147483647 之间；Localhost 类型的 seccomp 或 AppArmor 配置必须给出文件，且只有 Localhost 可以给出；allowPrivilegeEscalation: false 不能与 privileged: true 或 CAP_SYS_ADMIN 同时使用；procMount: Unmasked 需要 hostUsers: false；shareProcessNamespace 与 hostPID 互斥。',
	], `${V} ValidateSecurityContext, validatePodSpecSecurityContext, validateSeccompProfileField, ValidateAppArmorProfileField`),
	semanticRule('semantic/pod-os', 'error', ['Field not allowed for the Pod\'s OS', '字段不适用于 Pod 的操作系统'], [
		'os.name is linux or windows. A windows Pod may not set Linux-only security fields (seccompProfile, seLinuxOptions, appArmorProfile, runAsUser, runAsGroup, fsGroup, sysctls, privileged, capabilities, hostPID, hostIPC …); a linux Pod may not set windowsOptions.',
		'os.name 只能是 linux 或 windows。windows Pod 不能设置仅适用于 Linux 的安全字段（seccompProfile、seLinuxOptions、appArmorProfile、runAsUser、runAsGroup、fsGroup、sysctls、privileged、capabilities、hostPID、hostIPC 等）；linux Pod 不能设置 windowsOptions。',
	], `${V} validateOS, validateLinux, validateWindows`),
	semanticRule('semantic/sysctl', 'error', ['Invalid sysctl', 'sysctl 无效'], [
		'A sysctl name is dot- or slash-separated lowercase segments (at most 253 characters), listed once; net.* sysctls cannot be set with hostNetwork: true, nor IPC sysctls (kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*) with hostIPC: true.',
		'sysctl 名称由以点或斜线分隔的小写段组成（最多 253 个字符），且不能重复；hostNetwork: true 时不能设置 net.* sysctl，hostIPC: true 时不能设置 IPC 类 sysctl（kernel.shm*、kernel.msg*、kernel.sem、fs.mqueue.*）。',
	], `${V} validateSysctls, ValidateHostSysctl`),
	semanticRule('semantic/pod-gates', 'error', ['Invalid readiness or scheduling gate', '就绪门控或调度门控无效'], [
		'readinessGates[].conditionType and schedulingGates[].name are qualified names (like label keys); scheduling gates are listed once.',
		'readinessGates[].conditionType 和 schedulingGates[].name 必须是限定名（与标签键相同）；调度门控不能重复。',
	], `${V} validateReadinessGates, validateSchedulingGates`),
	semanticRule('semantic/toleration', 'error', ['Invalid toleration', '容忍度无效'], [
		'An empty key needs operator Exists; Exists takes no value; tolerationSeconds needs effect NoExecute; keys and values follow the label syntax.',
		'key 为空时 operator 必须是 Exists；Exists 不能带 value；tolerationSeconds 需要 effect 为 NoExecute；键和值遵循标签的语法。',
	], `${V} ValidateTolerations`),
	semanticRule('semantic/pod-field', 'error', ['Invalid Pod field', 'Pod 字段无效'], [
		'hostname and subdomain are DNS-1123 labels; nodeName, serviceAccountName, priorityClassName and runtimeClassName are DNS-1123 subdomains; activeDeadlineSeconds is 1–2147483647; nodeSelector follows the label syntax; hostAliases need IP addresses.',
		'hostname 和 subdomain 必须是 DNS-1123 标签；nodeName、serviceAccountName、priorityClassName 和 runtimeClassName 必须是 DNS-1123 子域名；activeDeadlineSeconds 必须在 1–2147483647 之间；nodeSelector 遵循标签语法；hostAliases 需要 IP 地址。',
	], `${V} ValidatePodSpec, ValidateHostAliases`),
	semanticRule('semantic/scheduling-constraint', 'error', ['Invalid scheduling constraint', '调度约束无效'], [
		'topologySpreadConstraints need maxSkew > 0, a topologyKey and a unique (topologyKey, whenUnsatisfiable) pair; minDomains > 0 only with DoNotSchedule; affinity weights are 1–100; In/NotIn need values, Exists/DoesNotExist take none, Gt/Lt take one.',
		'topologySpreadConstraints 需要 maxSkew > 0、topologyKey，且 (topologyKey, whenUnsatisfiable) 组合不能重复；minDomains 必须大于 0 且只能与 DoNotSchedule 一起使用；亲和性权重为 1–100；In/NotIn 需要 values，Exists/DoesNotExist 不能有 values，Gt/Lt 只能有一个值。',
	], `${V} validateTopologySpreadConstraints, validateAffinity, ValidateNodeSelectorRequirement`),
];

// ------------------------------------------------------------------------------------------ reporting

interface Scope {
	context: SemanticContext;
	template: PodTemplate;
	/** The object is a Pod (some checks apply only there). */
	isPod: boolean;
	/** A StatefulSet template is not validated when the StatefulSet is created, only each Pod it makes. */
	note: LocalizedText;
	/** Target release's minor number: fields and strictness newer than the target are not judged. */
	minor: number;
}

function report(scope: Scope, rule: string, message: LocalizedText, at: Node | undefined, path: PathSegment[]): void {
	scope.context.report(rule, text(message.en + scope.note.en, message.zh + scope.note.zh), at, path);
}

export const STATEFULSET_NOTE = text(
	' (The API server accepts the StatefulSet itself but rejects every Pod created from this template.)',
	'（API 服务器会接受 StatefulSet 本身，但会拒绝由此模板创建的每个 Pod。）',
);

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
		report(scope, 'semantic/no-containers', text('containers is empty: a Pod needs at least one container.', 'containers 为空：Pod 至少需要一个容器。'), listField.locator, [...template.specPath, 'containers']);
	}
	const seen = new Map<string, PathSegment[]>();
	for (const container of containers) {
		const nameField = field(container.node, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name !== undefined) {
			if (name === '') {
				report(scope, 'semantic/invalid-container-name', text('Container name is empty; every container needs a name.', '容器名称为空；每个容器都需要名称。'), nameField.locator, [...container.path, 'name']);
			} else if (!isDNS1123Label(name)) {
				const problem = nameProblem(name, 'dns1123-label')!;
				report(scope, 'semantic/invalid-container-name', text(`Container name "${name}" is invalid: it ${problem.en}.`, `容器名称“${name}”无效：${problem.zh}。`), nameField.locator, [...container.path, 'name']);
			}
			const first = seen.get(name);
			if (first && name !== '') {
				report(
					scope,
					'semantic/duplicate-container-name',
					text(`Container name "${name}" is already used by ${displayPath(first)}; names must be unique across init, regular and ephemeral containers.`, `容器名称“${name}”已被 ${displayPath(first)} 使用；Init 容器、普通容器和临时容器的名称必须互不相同。`),
					nameField.locator,
					[...container.path, 'name'],
				);
			} else seen.set(name, container.path);
		}
		const imageField = field(container.node, 'image');
		const image = scalarValue(imageField?.value);
		if (!imageField || image === null || image === '') {
			const at = imageField?.locator ?? nameField?.locator ?? container.node;
			report(scope, 'semantic/container-image', text(`Container "${name ?? ''}" has no image; the API server requires one.`, `容器“${name ?? ''}”没有镜像；API 服务器要求指定镜像。`), at, [...container.path, 'image']);
		} else if ((scope.isPod || container.list === 'ephemeralContainers') && typeof image === 'string' && image !== image.trim()) {
			report(scope, 'semantic/container-image', text(`Image "${image}" has leading or trailing whitespace.`, `镜像“${image}”的开头或结尾有空白字符。`), imageField.locator, [...container.path, 'image']);
		}
		checkPorts(scope, container);
		checkEnv(scope, container);
		checkResources(scope, container);
		checkProbes(scope, container);
		checkSecurityContext(scope, field(container.node, 'securityContext')?.value, [...container.path, 'securityContext'], false);
		const restartField = field(container.node, 'restartPolicy');
		const restart = stringValue(restartField?.value);
		if (restartField && restart !== undefined && !['Always', 'OnFailure', 'Never'].includes(restart)) {
			report(scope, 'semantic/container-restart-policy', text(`Container restartPolicy "${restart}" is not supported: use Always (a sidecar init container), OnFailure or Never.`, `不支持容器 restartPolicy“${restart}”：请使用 Always（边车 Init 容器）、OnFailure 或 Never。`), restartField.locator, [...container.path, 'restartPolicy']);
		}
	}
	if (scope.isPod) {
		const ephemeral = field(template.spec, 'ephemeralContainers');
		if (ephemeral && items(ephemeral.value).length > 0) {
			report(scope, 'semantic/ephemeral-containers', text('ephemeralContainers cannot be set when a Pod is created; add them to a running Pod with kubectl debug.', '创建 Pod 时不能设置 ephemeralContainers；请用 kubectl debug 将其添加到运行中的 Pod。'), ephemeral.key, [...template.specPath, 'ephemeralContainers']);
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
			if (problem) report(scope, 'semantic/port-name', text(`Port name "${name}" is invalid: it ${problem.en}.`, `端口名称“${name}”无效：${problem.zh}。`), nameField.locator, [...path, 'name']);
			else if (names.has(name)) report(scope, 'semantic/port-name', text(`Port name "${name}" is used twice in this container.`, `端口名称“${name}”在该容器中重复使用。`), nameField.locator, [...path, 'name']);
			else names.add(name);
		}
		const containerPortField = field(port, 'containerPort');
		const containerPort = readInteger(containerPortField?.value);
		if (containerPortField && containerPort !== undefined && !isValidPortNum(containerPort)) {
			report(
				scope,
				'semantic/container-port',
				containerPort === 0
					? text('containerPort is 0; it is required and must be between 1 and 65535.', 'containerPort 为 0；它是必填项，必须在 1 到 65535 之间。')
					: text(`containerPort ${containerPort} is out of range: it must be between 1 and 65535.`, `containerPort ${containerPort} 超出范围：必须在 1 到 65535 之间。`),
				containerPortField.locator,
				[...path, 'containerPort'],
			);
		}
		const hostPortField = field(port, 'hostPort');
		const hostPort = readInteger(hostPortField?.value);
		if (hostPortField && hostPort !== undefined && hostPort !== 0 && !isValidPortNum(hostPort)) {
			report(scope, 'semantic/container-port', text(`hostPort ${hostPort} is out of range: it must be between 1 and 65535 (or 0 for none).`, `hostPort ${hostPort} 超出范围：必须在 1 到 65535 之间（0 表示不使用）。`), hostPortField.locator, [...path, 'hostPort']);
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
				report(scope, 'semantic/host-port', text(`hostPort ${hostPort} must match containerPort ${containerPort} when hostNetwork is true.`, `当 hostNetwork 为 true 时，hostPort ${hostPort} 必须与 containerPort ${containerPort} 相同。`), hostPortField.locator, path);
			}
			if (hostPort === 0) return;
			const key = `${stringValue(field(port, 'protocol')?.value) ?? 'TCP'}/${stringValue(field(port, 'hostIP')?.value) ?? ''}/${hostPort}`;
			if (seen.has(key)) report(scope, 'semantic/host-port', text(`hostPort ${hostPort} (${key}) is claimed twice.`, `hostPort ${hostPort}（${key}）被重复占用。`), hostPortField!.locator, path);
			else seen.add(key);
		});
	}
}

// ----------------------------------------------------------------------------------------------- env

const VALUE_FROM_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];

/** RelaxedEnvironmentVariableValidation: on by default from 1.32 (GA in 1.34); older releases use IsEnvVarName. */
function envNameProblem(scope: Scope, name: string): LocalizedText | undefined {
	return scope.minor >= 32 ? relaxedEnvVarNameProblem(name) : envVarNameProblem(name);
}

function checkEnv(scope: Scope, container: ContainerRef): void {
	items(field(container.node, 'env')?.value).forEach((entry, index) => {
		const path = [...container.path, 'env', index];
		const nameField = field(entry, 'name');
		const name = stringValue(nameField?.value);
		if (nameField && name !== undefined) {
			const problem = name === '' ? text('must not be empty', '不能为空') : envNameProblem(scope, name);
			if (problem) report(scope, 'semantic/env-var', text(`Environment variable name "${name}" is invalid: it ${problem.en}.`, `环境变量名“${name}”无效：${problem.zh}。`), nameField.locator, [...path, 'name']);
		}
		const valueFrom = field(entry, 'valueFrom');
		if (!valueFrom?.value || !asMap(valueFrom.value)) return;
		const sources = fields(asMap(valueFrom.value)!).filter((f) => VALUE_FROM_SOURCES.includes(f.name) && f.value && scalarValue(f.value) !== null);
		const value = stringValue(field(entry, 'value')?.value);
		if (sources.length === 0) {
			report(scope, 'semantic/env-var', text(`valueFrom of "${name ?? ''}" names no source: use one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef.`, `“${name ?? ''}”的 valueFrom 没有指定来源：请使用 fieldRef、resourceFieldRef、configMapKeyRef 或 secretKeyRef 之一。`), valueFrom.key, [...path, 'valueFrom']);
		} else if (value) {
			report(scope, 'semantic/env-var', text(`"${name ?? ''}" sets both value and valueFrom; valueFrom may not be used when value is not empty.`, `“${name ?? ''}”同时设置了 value 和 valueFrom；value 非空时不能使用 valueFrom。`), valueFrom.key, [...path, 'valueFrom']);
		} else if (sources.length > 1) {
			report(scope, 'semantic/env-var', text(`valueFrom of "${name ?? ''}" names ${sources.map((s) => s.name).join(' and ')}; only one source may be set.`, `“${name ?? ''}”的 valueFrom 同时指定了 ${sources.map((s) => s.name).join(' 和 ')}；只能设置一个来源。`), sources[1]!.key, [...path, 'valueFrom', sources[1]!.name]);
		}
		for (const source of sources) {
			const sourcePath = [...path, 'valueFrom', source.name];
			if (source.name === 'configMapKeyRef' || source.name === 'secretKeyRef') {
				const refName = field(source.value, 'name');
				const refNameValue = stringValue(refName?.value) ?? (refName ? undefined : '');
				if (refNameValue !== undefined && !isDNS1123Subdomain(refNameValue)) {
					report(scope, 'semantic/env-var', refNameValue === '' ? text(`${source.name} needs the name of a ${source.name === 'secretKeyRef' ? 'Secret' : 'ConfigMap'}.`, `${source.name} 需要给出 ${source.name === 'secretKeyRef' ? 'Secret' : 'ConfigMap'} 的名称。`) : text(`${source.name} name "${refNameValue}" is not a valid object name (a DNS-1123 subdomain).`, `${source.name} 的 name“${refNameValue}”不是有效的对象名称（DNS-1123 子域名）。`), refName?.locator ?? source.key, [...sourcePath, 'name']);
				}
				const keyField = field(source.value, 'key');
				const key = stringValue(keyField?.value);
				if (keyField && key !== undefined) {
					const problem = key === '' ? text('must not be empty', '不能为空') : configMapKeyProblem(key);
					if (problem) report(scope, 'semantic/env-var', text(`${source.name} key "${key}" is invalid: it ${problem.en}.`, `${source.name} 的 key“${key}”无效：${problem.zh}。`), keyField.locator, [...sourcePath, 'key']);
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
			if (problem) report(scope, 'semantic/env-from', text(`envFrom prefix "${prefix}" is invalid: it ${problem.en}.`, `envFrom 的 prefix“${prefix}”无效：${problem.zh}。`), prefixField.locator, [...path, 'prefix']);
		}
		const map = asMap(entry);
		if (!map) return;
		const sources = fields(map).filter((f) => (f.name === 'configMapRef' || f.name === 'secretRef') && f.value && scalarValue(f.value) !== null);
		if (sources.length === 0) report(scope, 'semantic/env-from', text('envFrom entry names neither configMapRef nor secretRef; it needs exactly one.', 'envFrom 条目既没有 configMapRef 也没有 secretRef；必须恰好指定其中一个。'), map.items[0]?.key as Node | undefined ?? entry, path);
		else if (sources.length > 1) report(scope, 'semantic/env-from', text('envFrom entry names both configMapRef and secretRef; use one entry for each.', 'envFrom 条目同时指定了 configMapRef 和 secretRef；请分别写成两个条目。'), sources[1]!.key, [...path, sources[1]!.name]);
		for (const source of sources) {
			const refName = field(source.value, 'name');
			const refNameValue = stringValue(refName?.value) ?? (refName ? undefined : '');
			if (refNameValue !== undefined && !isDNS1123Subdomain(refNameValue)) {
				report(scope, 'semantic/env-from', text(refNameValue === '' ? `${source.name} needs a name.` : `${source.name} name "${refNameValue}" is not a valid object name (a DNS-1123 subdomain).`, refNameValue === '' ? `${source.name} 需要 name。` : `${source.name} 的 name“${refNameValue}”不是有效的对象名称（DNS-1123 子域名）。`), refName?.locator ?? source.key, [...path, source.name, 'name']);
			}
		}
	});
}

// -------------------------------------------------------------------------------------------- volumes

const VOLUME_SOURCES = new Set([
	'awsElasticBlockStore', 'azureDisk', 'azureFile', 'cephfs', 'cinder', 'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'fc', 'flexVolume', 'flocker',
	'gcePersistentDisk', 'gitRepo', 'glusterfs', 'hostPath', 'image', 'iscsi', 'nfs', 'persistentVolumeClaim', 'photonPersistentDisk', 'portworxVolume', 'projected',
	'quobyte', 'rbd', 'scaleIO', 'secret', 'storageos', 'vsphereVolume',
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
				const problem = name === '' ? text('must not be empty', '不能为空') : nameProblem(name, 'dns1123-label')!;
				report(scope, 'semantic/volume', text(`Volume name "${name}" is invalid: it ${problem.en}.`, `卷名称“${name}”无效：${problem.zh}。`), nameField.locator, [...path, 'name']);
			} else if (seen.has(name)) {
				report(scope, 'semantic/volume', text(`Volume name "${name}" is used twice.`, `卷名称“${name}”重复使用。`), nameField.locator, [...path, 'name']);
			}
			seen.add(name);
		}
		const map = asMap(volume);
		if (!map) return;
		const sources = fields(map).filter((f) => VOLUME_SOURCES.has(f.name) && f.value && scalarValue(f.value) !== null);
		if (sources.length > 1) {
			report(scope, 'semantic/volume', text(`Volume "${name ?? ''}" has ${sources.length} sources (${sources.map((s) => s.name).join(', ')}); a volume may have only one.`, `卷“${name ?? ''}”有 ${sources.length} 个来源（${sources.map((s) => s.name).join('、')}）；一个卷只能有一个来源。`), sources[1]!.key, [...path, sources[1]!.name]);
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
	if (problem) report(scope, 'semantic/file-mode', text(`${name} ${problem.en}`, `${name} ${problem.zh}`), modeField.locator, [...path, name]);
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
			if (value === '') report(scope, 'semantic/volume-item-path', text('path must not be empty.', 'path 不能为空。'), pathField.locator, [...itemPath, 'path']);
			else if (value.startsWith('..') && !value.split(/[/\\]/).includes('..')) report(scope, 'semantic/volume-item-path', text(`path "${value}" must not start with "..".`, `path“${value}”不能以“..”开头。`), pathField.locator, [...itemPath, 'path']);
		}
		const keyField = field(item, 'key');
		if (keyField && stringValue(keyField.value) === '') report(scope, 'semantic/volume-item-path', text('key must not be empty.', 'key 不能为空。'), keyField.locator, [...itemPath, 'key']);
	});
}

/** The object a configMap, secret or persistentVolumeClaim volume names is required. */
function checkSourceName(scope: Scope, source: Node | undefined, name: string, path: PathSegment[], kind: string): void {
	if (!asMap(source)) return;
	const f = field(source, name);
	const value = f ? stringValue(f.value) : '';
	if (value === '') report(scope, 'semantic/volume', text(`A ${kind} volume needs ${name}.`, `${kind} 卷需要 ${name}。`), f?.locator ?? ((asMap(source)!.items[0]?.key as Node | undefined) ?? source!), [...path, name]);
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
function checkRelativePath(scope: Scope, holder: Node | undefined, name: string, path: PathSegment[], rule: string): void {
	const pathField = field(holder, name);
	const value = stringValue(pathField?.value);
	if (!pathField || !value) return;
	if (value.startsWith('/')) report(scope, rule, text(`${name} "${value}" must be a relative path.`, `${name}“${value}”必须是相对路径。`), pathField.locator, [...path, name]);
	else if (value.split(/[/\\]/).includes('..')) report(scope, rule, text(`${name} "${value}" must not contain "..".`, `${name}“${value}”不能包含“..”。`), pathField.locator, [...path, name]);
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
				if (mountPath === '') report(scope, 'semantic/volume-mount', text('mountPath is empty.', 'mountPath 为空。'), mountPathField.locator, [...path, 'mountPath']);
				else if (mountPaths.has(mountPath)) report(scope, 'semantic/volume-mount', text(`mountPath "${mountPath}" is used twice in this container; mount paths must be unique.`, `mountPath“${mountPath}”在该容器中重复使用；挂载路径必须唯一。`), mountPathField.locator, [...path, 'mountPath']);
				mountPaths.add(mountPath);
			}
			const subPath = stringValue(field(mount, 'subPath')?.value);
			const subPathExprField = field(mount, 'subPathExpr');
			if (container.list === 'ephemeralContainers') {
				for (const name of ['subPath', 'subPathExpr']) {
					const f = field(mount, name);
					if (stringValue(f?.value)) report(scope, 'semantic/volume-mount', text(`${name} cannot be set for an ephemeral container.`, `临时容器不能设置 ${name}。`), f!.key, [...path, name]);
				}
			}
			const volumeName = stringValue(field(mount, 'name')?.value);
			if (volumeName && volumes.sources.get(volumeName) === 'image') {
				for (const name of ['subPath', 'subPathExpr']) {
					const f = field(mount, name);
					if (stringValue(f?.value)) report(scope, 'semantic/volume-mount', text(`${name} is not allowed for image volumes.`, `image 卷不允许使用 ${name}。`), f!.locator, [...path, name]);
				}
			}
			checkRelativePath(scope, mount, 'subPath', path, 'semantic/volume-mount');
			checkRelativePath(scope, mount, 'subPathExpr', path, 'semantic/volume-mount');
			if (subPath && stringValue(subPathExprField?.value)) {
				report(scope, 'semantic/volume-mount', text('subPath and subPathExpr are mutually exclusive.', 'subPath 与 subPathExpr 不能同时设置。'), subPathExprField!.key, [...path, 'subPathExpr']);
			}
			const propagationField = field(mount, 'mountPropagation');
			const propagation = stringValue(propagationField?.value);
			if (propagation === 'Bidirectional' && !privileged) {
				report(scope, 'semantic/volume-mount', text('Bidirectional mount propagation is available only to privileged containers (securityContext.privileged: true).', 'Bidirectional 挂载传播只能用于特权容器（securityContext.privileged: true）。'), propagationField!.locator, [...path, 'mountPropagation']);
			}
			const rroField = field(mount, 'recursiveReadOnly');
			const rro = stringValue(rroField?.value);
			if (rroField && rro !== undefined && scope.minor >= 31) {
				if (rro !== 'Disabled' && rro !== 'IfPossible' && rro !== 'Enabled') {
					report(scope, 'semantic/volume-mount', text(`recursiveReadOnly "${rro}" is not supported: use Disabled, IfPossible or Enabled.`, `不支持 recursiveReadOnly“${rro}”：请使用 Disabled、IfPossible 或 Enabled。`), rroField.locator, [...path, 'recursiveReadOnly']);
				} else if (rro !== 'Disabled') {
					if (readBoolean(field(mount, 'readOnly')?.value) !== true) report(scope, 'semantic/volume-mount', text(`recursiveReadOnly: ${rro} may only be specified when readOnly is true.`, `只有 readOnly 为 true 时才能指定 recursiveReadOnly: ${rro}。`), rroField.locator, [...path, 'recursiveReadOnly']);
					else if (propagation !== undefined && propagation !== 'None') report(scope, 'semantic/volume-mount', text(`recursiveReadOnly: ${rro} may only be specified when mountPropagation is None or not set.`, `只有 mountPropagation 为 None 或未设置时才能指定 recursiveReadOnly: ${rro}。`), rroField.locator, [...path, 'recursiveReadOnly']);
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
				report(scope, 'semantic/resource-name', text(`"${name}" is not a standard container resource: use cpu, memory, ephemeral-storage or hugepages-<size>, or a domain-prefixed extended resource such as example.com/${name}.`, `“${name}”不是标准的容器资源：请使用 cpu、memory、ephemeral-storage 或 hugepages-<大小>，或带域名前缀的扩展资源，例如 example.com/${name}。`), keyAt, entryPath);
				return undefined;
			}
		} else if (!isNative(name) && qualifiedNameProblem(name)) {
			report(scope, 'semantic/resource-name', text(`"${name}" does not follow the extended resource name standard (a qualified name such as example.com/device).`, `“${name}”不符合扩展资源名称的规范（应为限定名，例如 example.com/device）。`), keyAt, entryPath);
			return undefined;
		}
		if (STANDARD_CONTAINER_RESOURCES.has(name) && name !== 'ephemeral-storage') cpuOrMemory = true;
		const quantity = readQuantity(value);
		if (!quantity) return undefined;
		if (isNegativeQuantity(quantity)) {
			report(scope, 'semantic/resource-quantity', text(`${kind}.${name} is ${quantity.text}; resource quantities must not be negative.`, `${kind}.${name} 为 ${quantity.text}；资源数量不能为负数。`), at, entryPath);
			return undefined;
		}
		if (!isNative(name) && !isIntegerQuantity(quantity)) {
			report(scope, 'semantic/resource-quantity', text(`${kind}.${name} is ${quantity.text}; an extended resource must be a whole number.`, `${kind}.${name} 为 ${quantity.text}；扩展资源必须是整数。`), at, entryPath);
		}
		if (isHugePages(name)) {
			hugePagesAt ??= { at: keyAt, path: entryPath };
			const pageSize = parseQuantity(name.slice('hugepages-'.length));
			if (pageSize && pageSize.num > 0n && quantity.den === 1n && pageSize.den === 1n && (quantity.num * pageSize.den) % pageSize.num !== 0n) {
				report(scope, 'semantic/resource-quantity', text(`${kind}.${name} is ${quantity.text}, which is not a whole multiple of the ${name.slice(10)} page size.`, `${kind}.${name} 为 ${quantity.text}，不是 ${name.slice(10)} 页大小的整数倍。`), at, entryPath);
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
					report(scope, 'semantic/resource-quantity', text(`requests.${entry.name} (${quantity.text}) must equal limits.${entry.name} (${limit.quantity.text}): ${entry.name} cannot be overcommitted.`, `requests.${entry.name}（${quantity.text}）必须等于 limits.${entry.name}（${limit.quantity.text}）：${entry.name} 不允许超额分配。`), entry.locator, entryPath);
				} else if (order > 0) {
					report(scope, 'semantic/resource-requests', text(`requests.${entry.name} (${quantity.text}) is more than limits.${entry.name} (${limit.quantity.text}); a request must be less than or equal to its limit.`, `requests.${entry.name}（${quantity.text}）大于 limits.${entry.name}（${limit.quantity.text}）；请求必须小于或等于限制。`), entry.locator, entryPath);
				}
			} else if (!limit && !overcommitAllowed(entry.name)) {
				report(scope, 'semantic/resource-quantity', text(`requests.${entry.name} is set without limits.${entry.name}; a limit must be set for resources that cannot be overcommitted (extended resources, hugepages).`, `设置了 requests.${entry.name} 却没有 limits.${entry.name}；不允许超额分配的资源（扩展资源、大页）必须设置限制。`), entry.key, entryPath);
			}
		}
	}
	if (hugePagesAt && !cpuOrMemory) {
		report(scope, 'semantic/resource-quantity', text('Hugepages require a cpu or memory request or limit in the same container.', '使用大页时，同一容器中还必须设置 cpu 或 memory 的请求或限制。'), resourcesField!.key, path);
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
			report(scope, 'semantic/resource-requests', text(`Pod-level requests.${entry.name} (${request.text}) is more than limits.${entry.name} (${limit.text}). Pod-level resources depend on the PodLevelResources feature gate, on by default since 1.34.`, `Pod 级别的 requests.${entry.name}（${request.text}）大于 limits.${entry.name}（${limit.text}）。Pod 级资源依赖 PodLevelResources 特性门控，自 1.34 起默认启用。`), entry.locator, [...path, 'requests', entry.name]);
		}
	}
}

// -------------------------------------------------------------------------------------------- probes

const PROBE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

function gracePeriodOf(scope: Scope): number {
	return readInteger(field(scope.template.spec, 'terminationGracePeriodSeconds')?.value) ?? 30; // SetDefaults_PodSpec
}

function checkHandler(scope: Scope, handler: Node | undefined, at: Node, path: PathSegment[], actions: readonly string[], what: LocalizedText): void {
	const map = asMap(handler);
	const present = map ? fields(map).filter((f) => actions.includes(f.name) && f.value && scalarValue(f.value) !== null) : [];
	if (present.length === 0) {
		report(scope, 'semantic/probe', text(`${what.en} must specify one handler: ${actions.join(', ')}.`, `${what.zh}必须指定一种处理方式：${actions.join('、')}。`), at, path);
		return;
	}
	if (present.length > 1) {
		report(scope, 'semantic/probe', text(`${what.en} may not specify more than one handler type (found ${present.map((p) => p.name).join(', ')}).`, `${what.zh}只能指定一种处理方式（现有 ${present.map((p) => p.name).join('、')}）。`), present[1]!.key, [...path, present[1]!.name]);
	}
	for (const action of present) {
		const actionPath = [...path, action.name];
		if (action.name === 'exec') {
			const command = field(action.value, 'command');
			if (!command || items(command.value).length === 0) report(scope, 'semantic/probe', text('exec needs a non-empty command.', 'exec 需要非空的 command。'), command?.locator ?? action.key, [...actionPath, 'command']);
		} else if (action.name === 'httpGet' || action.name === 'tcpSocket') {
			const portField = field(action.value, 'port');
			const port = readIntOrString(portField?.value);
			if (portField && port) {
				const problem = port.type === 'int' ? (isValidPortNum(port.value) ? undefined : text('must be between 1 and 65535', '必须在 1 到 65535 之间')) : portNameProblem(port.value);
				if (problem) report(scope, 'semantic/probe', text(`${action.name}.port ${JSON.stringify(port.value)} is invalid: it ${problem.en}.`, `${action.name}.port ${JSON.stringify(port.value)} 无效：${problem.zh}。`), portField.locator, [...actionPath, 'port']);
			}
		} else if (action.name === 'grpc') {
			const portField = field(action.value, 'port');
			const port = readInteger(portField?.value);
			if (portField && port !== undefined && !isValidPortNum(port)) report(scope, 'semantic/probe', text(`grpc.port ${port} must be between 1 and 65535.`, `grpc.port ${port} 必须在 1 到 65535 之间。`), portField.locator, [...actionPath, 'port']);
		} else if (action.name === 'sleep') {
			const secondsField = field(action.value, 'seconds');
			const seconds = readInteger(secondsField?.value);
			const grace = gracePeriodOf(scope);
			if (secondsField && seconds !== undefined && (seconds < 0 || seconds > grace)) {
				report(scope, 'semantic/probe', text(`sleep.seconds ${seconds} must be non-negative and not more than terminationGracePeriodSeconds (${grace}).`, `sleep.seconds ${seconds} 必须非负，且不超过 terminationGracePeriodSeconds（${grace}）。`), secondsField.locator, [...actionPath, 'seconds']);
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
			report(scope, 'semantic/init-container', text(`${kind} may not be set for init containers without restartPolicy: Always.`, `没有 restartPolicy: Always 的 Init 容器不能设置 ${kind}。`), probeField.key, path);
			continue;
		}
		if (container.list === 'ephemeralContainers') continue; // not allowed there at all; a new Pod may not have ephemeral containers
		const probe = probeField.value;
		checkHandler(scope, probe, probeField.key, path, PROBE_ACTIONS, text(`${kind}`, `${kind} `));
		for (const timing of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
			const timingField = field(probe, timing);
			const value = readInteger(timingField?.value);
			if (timingField && value !== undefined && value < 0) report(scope, 'semantic/probe', text(`${kind}.${timing} is ${value}; it must be greater than or equal to 0.`, `${kind}.${timing} 为 ${value}；必须大于或等于 0。`), timingField.locator, [...path, timing]);
		}
		// 0 is defaulted to 1 (SetDefaults_Probe), so only other values break "must be 1".
		const successField = field(probe, 'successThreshold');
		const success = readInteger(successField?.value);
		if ((kind === 'livenessProbe' || kind === 'startupProbe') && successField && success !== undefined && success > 1) {
			report(scope, 'semantic/probe', text(`${kind}.successThreshold is ${success}; it must be 1 for liveness and startup probes.`, `${kind}.successThreshold 为 ${success}；存活探针和启动探针的该值必须为 1。`), successField.locator, [...path, 'successThreshold']);
		}
		const graceField = field(probe, 'terminationGracePeriodSeconds');
		const grace = readInteger(graceField?.value);
		if (graceField && grace !== undefined) {
			if (kind === 'readinessProbe') report(scope, 'semantic/probe', text('readinessProbe.terminationGracePeriodSeconds must not be set: it applies only to liveness and startup probes.', '不能设置 readinessProbe.terminationGracePeriodSeconds：它只适用于存活探针和启动探针。'), graceField.key, [...path, 'terminationGracePeriodSeconds']);
			else if (grace <= 0) report(scope, 'semantic/probe', text(`${kind}.terminationGracePeriodSeconds is ${grace}; it must be greater than 0.`, `${kind}.terminationGracePeriodSeconds 为 ${grace}；必须大于 0。`), graceField.locator, [...path, 'terminationGracePeriodSeconds']);
		}
	}
	const lifecycleField = field(container.node, 'lifecycle');
	if (lifecycleField?.value && scalarValue(lifecycleField.value) !== null) {
		if (plainInit) {
			report(scope, 'semantic/init-container', text('lifecycle may not be set for init containers without restartPolicy: Always.', '没有 restartPolicy: Always 的 Init 容器不能设置 lifecycle。'), lifecycleField.key, [...container.path, 'lifecycle']);
		} else if (container.list !== 'ephemeralContainers') {
			for (const hook of ['postStart', 'preStop']) {
				const hookField = field(lifecycleField.value, hook);
				if (hookField?.value && scalarValue(hookField.value) !== null) checkHandler(scope, hookField.value, hookField.key, [...container.path, 'lifecycle', hook], LIFECYCLE_ACTIONS, text(`lifecycle.${hook}`, `lifecycle.${hook} `));
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
		report(scope, 'semantic/security-context', text(`${name} ${id} is out of range: user and group IDs are 0–${MAX_ID}.`, `${name} ${id} 超出范围：用户和组 ID 必须在 0–${MAX_ID} 之间。`), idField.locator, [...path, name]);
	}
}

function checkProfile(scope: Scope, holder: Node | undefined, name: 'seccompProfile' | 'appArmorProfile', path: PathSegment[]): void {
	const profileField = field(holder, name);
	if (!profileField?.value) return;
	const type = stringValue(field(profileField.value, 'type')?.value);
	const localhost = field(profileField.value, 'localhostProfile');
	const what = name === 'seccompProfile' ? 'seccomp' : 'AppArmor';
	if (type === 'Localhost' && (!localhost || !stringValue(localhost.value))) {
		report(scope, 'semantic/security-context', text(`${name}.localhostProfile must be set when the ${what} type is Localhost.`, `${what} 类型为 Localhost 时必须设置 ${name}.localhostProfile。`), localhost?.locator ?? profileField.key, [...path, name, 'localhostProfile']);
	} else if (type !== undefined && type !== 'Localhost' && localhost && stringValue(localhost.value) !== undefined) {
		report(scope, 'semantic/security-context', text(`${name}.localhostProfile can only be set when the ${what} type is Localhost (it is ${type}).`, `只有 ${what} 类型为 Localhost 时才能设置 ${name}.localhostProfile（当前为 ${type}）。`), localhost.key, [...path, name, 'localhostProfile']);
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
			if (id !== undefined && (id < 0 || id > MAX_ID)) report(scope, 'semantic/security-context', text(`supplementalGroups[${index}] ${id} is out of range: group IDs are 0–${MAX_ID}.`, `supplementalGroups[${index}] ${id} 超出范围：组 ID 必须在 0–${MAX_ID} 之间。`), group, [...path, 'supplementalGroups', index]);
		});
		return;
	}
	const escalation = field(context, 'allowPrivilegeEscalation');
	if (readBoolean(escalation?.value) === false) {
		if (readBoolean(field(context, 'privileged')?.value) === true) {
			report(scope, 'semantic/security-context', text('allowPrivilegeEscalation cannot be false when privileged is true.', 'privileged 为 true 时，allowPrivilegeEscalation 不能为 false。'), escalation!.locator, [...path, 'allowPrivilegeEscalation']);
		}
		for (const capability of items(field(field(context, 'capabilities')?.value, 'add')?.value)) {
			if (stringValue(capability) === 'CAP_SYS_ADMIN') report(scope, 'semantic/security-context', text('allowPrivilegeEscalation cannot be false when capabilities.add has CAP_SYS_ADMIN.', 'capabilities.add 含有 CAP_SYS_ADMIN 时，allowPrivilegeEscalation 不能为 false。'), escalation!.locator, [...path, 'allowPrivilegeEscalation']);
		}
	}
	const procMount = field(context, 'procMount');
	if (stringValue(procMount?.value) === 'Unmasked') {
		const hostUsers = readBoolean(field(scope.template.spec, 'hostUsers')?.value);
		if (hostUsers !== false) report(scope, 'semantic/security-context', text('procMount: Unmasked needs hostUsers: false in the Pod spec (a user namespace).', 'procMount: Unmasked 需要在 Pod 规约中设置 hostUsers: false（使用用户命名空间）。'), procMount!.locator, [...path, 'procMount']);
	}
}

// ------------------------------------------------------------------------------------- pod-level fields

function checkPodFields(scope: Scope): void {
	const { template } = scope;
	const spec = template.spec;
	const at = (name: string) => field(spec, name);
	const specPath = template.specPath;
	for (const [name, rule] of [['hostname', 'label'], ['subdomain', 'label'], ['nodeName', 'subdomain'], ['serviceAccountName', 'subdomain'], ['priorityClassName', 'subdomain'], ['runtimeClassName', 'subdomain']] as const) {
		const f = at(name);
		const value = stringValue(f?.value);
		if (!f || !value) continue;
		const ok = rule === 'label' ? isDNS1123Label(value) : isDNS1123Subdomain(value);
		if (!ok) {
			const problem = nameProblem(value, rule === 'label' ? 'dns1123-label' : 'dns1123-subdomain')!;
			report(scope, 'semantic/pod-field', text(`${name} "${value}" is invalid: it ${problem.en}.`, `${name}“${value}”无效：${problem.zh}。`), f.locator, [...specPath, name]);
		}
	}
	const deadline = at('activeDeadlineSeconds');
	const deadlineValue = readInteger(deadline?.value);
	if (deadline && deadlineValue !== undefined && (deadlineValue < 1 || deadlineValue > MAX_ID) && !SELECTING_WORKLOADS.has(scope.context.object.kind ?? '')) {
		report(scope, 'semantic/pod-field', text(`activeDeadlineSeconds ${deadlineValue} must be between 1 and ${MAX_ID}.`, `activeDeadlineSeconds ${deadlineValue} 必须在 1 到 ${MAX_ID} 之间。`), deadline.locator, [...specPath, 'activeDeadlineSeconds']);
	}
	const nodeSelector = asMap(at('nodeSelector')?.value);
	if (nodeSelector) {
		for (const entry of fields(nodeSelector)) {
			const keyProblem = qualifiedNameProblem(entry.name);
			const value = scalarValue(entry.value);
			const valueProblem = typeof value === 'string' ? labelValueProblem(value) : undefined;
			if (keyProblem) report(scope, 'semantic/pod-field', text(`nodeSelector key "${entry.name}" is invalid: ${keyProblem.en}.`, `nodeSelector 键“${entry.name}”无效：${keyProblem.zh}。`), entry.key, [...specPath, 'nodeSelector', entry.name]);
			else if (valueProblem) report(scope, 'semantic/pod-field', text(`nodeSelector value "${String(value)}" is invalid: it ${valueProblem.en}.`, `nodeSelector 值“${String(value)}”无效：${valueProblem.zh}。`), entry.locator, [...specPath, 'nodeSelector', entry.name]);
		}
	}
	items(at('hostAliases')?.value).forEach((alias, index) => {
		const ipField = field(alias, 'ip');
		const ip = stringValue(ipField?.value);
		if (ipField && ip !== undefined && !isValidIP(ip)) report(scope, 'semantic/pod-field', text(`hostAliases ip "${ip}" is not a valid IP address.`, `hostAliases 的 ip“${ip}”不是有效的 IP 地址。`), ipField.locator, [...specPath, 'hostAliases', index, 'ip']);
		items(field(alias, 'hostnames')?.value).forEach((hostname, j) => {
			const value = stringValue(hostname);
			if (value !== undefined && !isDNS1123Subdomain(value)) report(scope, 'semantic/pod-field', text(`hostAliases hostname "${value}" is not a valid DNS-1123 subdomain.`, `hostAliases 的主机名“${value}”不是有效的 DNS-1123 子域名。`), hostname, [...specPath, 'hostAliases', index, 'hostnames', j]);
		});
	});
	const share = at('shareProcessNamespace');
	if (readBoolean(share?.value) === true && readBoolean(at('hostPID')?.value) === true) {
		report(scope, 'semantic/security-context', text('shareProcessNamespace and hostPID cannot both be enabled.', 'shareProcessNamespace 与 hostPID 不能同时启用。'), share!.locator, [...specPath, 'shareProcessNamespace']);
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
			report(scope, 'semantic/dns-config', text('dnsPolicy is None, so dnsConfig must be provided.', 'dnsPolicy 为 None，因此必须提供 dnsConfig。'), policyField!.locator, path);
			return;
		}
		if (items(nameservers?.value).length === 0) {
			report(scope, 'semantic/dns-config', text('dnsPolicy is None, so dnsConfig must list at least one nameserver.', 'dnsPolicy 为 None，因此 dnsConfig 必须至少列出一个 nameserver。'), nameservers?.locator ?? configField!.key, [...path, 'nameservers']);
			return;
		}
	}
	if (!config) return;
	const servers = items(nameservers?.value);
	if (servers.length > 3) report(scope, 'semantic/dns-config', text(`dnsConfig has ${servers.length} nameservers; at most 3 are allowed.`, `dnsConfig 有 ${servers.length} 个 nameserver；最多允许 3 个。`), nameservers!.key, [...path, 'nameservers']);
	servers.forEach((server, index) => {
		const ip = stringValue(server);
		if (ip !== undefined && !isValidIP(ip)) report(scope, 'semantic/dns-config', text(`nameserver "${ip}" is not a valid IP address.`, `nameserver“${ip}”不是有效的 IP 地址。`), server, [...path, 'nameservers', index]);
	});
	const searchesField = field(config, 'searches');
	const searches = items(searchesField?.value);
	if (searches.length > 32) report(scope, 'semantic/dns-config', text(`dnsConfig has ${searches.length} search domains; at most 32 are allowed.`, `dnsConfig 有 ${searches.length} 个搜索域；最多允许 32 个。`), searchesField!.key, [...path, 'searches']);
	const joined = searches.map((s) => String(scalarValue(s) ?? '')).join(' ');
	if (joined.length > 2048) report(scope, 'semantic/dns-config', text(`dnsConfig.searches has ${joined.length} characters (with spaces); at most 2048 are allowed.`, `dnsConfig.searches 共 ${joined.length} 个字符（含空格）；最多允许 2048 个。`), searchesField!.key, [...path, 'searches']);
	searches.forEach((search, index) => {
		const value = stringValue(search);
		if (value === undefined || value === '.') return;
		// RelaxedDNSSearchValidation (GA): underscores allowed, one trailing dot ignored.
		const trimmed = value.endsWith('.') ? value.slice(0, -1) : value;
		if (!isDNS1123Subdomain(trimmed.replace(/_/g, 'a'))) {
			report(scope, 'semantic/dns-config', text(`search domain "${value}" is not a valid DNS subdomain.`, `搜索域“${value}”不是有效的 DNS 子域名。`), search, [...path, 'searches', index]);
		}
	});
	items(field(config, 'options')?.value).forEach((option, index) => {
		const nameField = field(option, 'name');
		if (!stringValue(nameField?.value)) report(scope, 'semantic/dns-config', text('A dnsConfig option needs a name.', 'dnsConfig 的选项必须有名称。'), nameField?.locator ?? option, [...path, 'options', index, 'name']);
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
			if (problem) report(scope, 'semantic/toleration', text(`Toleration key "${key}" is invalid: ${problem.en}.`, `容忍度键“${key}”无效：${problem.zh}。`), keyField!.locator, [...path, 'key']);
		} else if (operator !== 'Exists') {
			report(scope, 'semantic/toleration', text(`operator must be Exists when key is empty (an empty key with Exists matches every taint); it is ${operator}.`, `key 为空时 operator 必须是 Exists（空 key 加 Exists 匹配所有污点）；当前为 ${operator}。`), operatorField?.locator ?? (toleration as Node), [...path, 'operator']);
		}
		const seconds = field(toleration, 'tolerationSeconds');
		if (seconds && readInteger(seconds.value) !== undefined && stringValue(field(toleration, 'effect')?.value) !== 'NoExecute') {
			report(scope, 'semantic/toleration', text('effect must be NoExecute when tolerationSeconds is set.', '设置 tolerationSeconds 时，effect 必须是 NoExecute。'), seconds.key, [...path, 'tolerationSeconds']);
		}
		if (operator === 'Exists' && value) {
			report(scope, 'semantic/toleration', text(`value must be empty when operator is Exists (it is "${value}").`, `operator 为 Exists 时 value 必须为空（当前为“${value}”）。`), valueField!.locator, [...path, 'value']);
		} else if (operator === 'Equal' && value) {
			const problem = labelValueProblem(value);
			if (problem) report(scope, 'semantic/toleration', text(`Toleration value "${value}" is invalid: it ${problem.en}.`, `容忍度值“${value}”无效：${problem.zh}。`), valueField!.locator, [...path, 'value']);
		}
	});
}

function checkNodeSelectorRequirement(scope: Scope, requirement: Node, path: PathSegment[]): void {
	const operatorField = field(requirement, 'operator');
	const operator = stringValue(operatorField?.value);
	const valuesField = field(requirement, 'values');
	const count = items(valuesField?.value).length;
	let problem: LocalizedText | undefined;
	if ((operator === 'In' || operator === 'NotIn') && count === 0) problem = text(`values must be given when operator is ${operator}.`, `operator 为 ${operator} 时必须给出 values。`);
	else if ((operator === 'Exists' || operator === 'DoesNotExist') && count > 0) problem = text(`values may not be given when operator is ${operator}.`, `operator 为 ${operator} 时不能给出 values。`);
	else if ((operator === 'Gt' || operator === 'Lt') && count !== 1) problem = text(`exactly one value must be given when operator is ${operator}.`, `operator 为 ${operator} 时必须恰好给出一个值。`);
	if (problem) report(scope, 'semantic/scheduling-constraint', problem, valuesField?.key ?? operatorField?.locator ?? requirement, [...path, 'values']);
}

function checkWeight(scope: Scope, holder: Node, path: PathSegment[]): void {
	const weightField = field(holder, 'weight');
	const weight = readInteger(weightField?.value);
	if (weightField && weight !== undefined && (weight < 1 || weight > 100)) report(scope, 'semantic/scheduling-constraint', text(`weight ${weight} must be in the range 1–100.`, `weight ${weight} 必须在 1–100 之间。`), weightField.locator, [...path, 'weight']);
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
		if (terms.length === 0) report(scope, 'semantic/scheduling-constraint', text('nodeSelectorTerms must have at least one term.', 'nodeSelectorTerms 至少要有一项。'), termsField?.locator ?? required.key, [...requiredPath, 'nodeSelectorTerms']);
		terms.forEach((term, i) => items(field(term, 'matchExpressions')?.value).forEach((req, j) => checkNodeSelectorRequirement(scope, req, [...requiredPath, 'nodeSelectorTerms', i, 'matchExpressions', j])));
	}
	items(field(nodeAffinity, 'preferredDuringSchedulingIgnoredDuringExecution')?.value).forEach((term, i) => {
		const path = [...base, 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', i];
		checkWeight(scope, term, path);
		items(field(field(term, 'preference')?.value, 'matchExpressions')?.value).forEach((req, j) => checkNodeSelectorRequirement(scope, req, [...path, 'preference', 'matchExpressions', j]));
	});
	for (const kind of ['podAffinity', 'podAntiAffinity']) {
		const podAffinity = field(affinity, kind)?.value;
		const checkTerm = (term: Node, path: PathSegment[]) => {
			const topology = field(term, 'topologyKey');
			const key = stringValue(topology?.value);
			if (!key) report(scope, 'semantic/scheduling-constraint', text('topologyKey must not be empty in a Pod affinity term.', 'Pod 亲和性条件中的 topologyKey 不能为空。'), topology?.locator ?? term, [...path, 'topologyKey']);
			else {
				const problem = qualifiedNameProblem(key);
				if (problem) report(scope, 'semantic/scheduling-constraint', text(`topologyKey "${key}" is invalid: ${problem.en}.`, `topologyKey“${key}”无效：${problem.zh}。`), topology!.locator, [...path, 'topologyKey']);
			}
		};
		items(field(podAffinity, 'requiredDuringSchedulingIgnoredDuringExecution')?.value).forEach((term, i) => checkTerm(term, [...base, kind, 'requiredDuringSchedulingIgnoredDuringExecution', i]));
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
		if (skewField && skew !== undefined && skew <= 0) report(scope, 'semantic/scheduling-constraint', text(`maxSkew ${skew} must be greater than zero.`, `maxSkew ${skew} 必须大于零。`), skewField.locator, [...path, 'maxSkew']);
		const keyField = field(constraint, 'topologyKey');
		const key = stringValue(keyField?.value);
		if (keyField && key === '') report(scope, 'semantic/scheduling-constraint', text('topologyKey must not be empty.', 'topologyKey 不能为空。'), keyField.locator, [...path, 'topologyKey']);
		const when = stringValue(field(constraint, 'whenUnsatisfiable')?.value);
		const minDomainsField = field(constraint, 'minDomains');
		const minDomains = readInteger(minDomainsField?.value);
		if (minDomainsField && minDomains !== undefined && scope.minor >= 25) {
			if (minDomains <= 0) report(scope, 'semantic/scheduling-constraint', text(`minDomains ${minDomains} must be greater than zero.`, `minDomains ${minDomains} 必须大于零。`), minDomainsField.locator, [...path, 'minDomains']);
			else if (when !== 'DoNotSchedule') report(scope, 'semantic/scheduling-constraint', text(`minDomains can only be used with whenUnsatisfiable: DoNotSchedule (it is ${when ?? 'unset'}).`, `minDomains 只能与 whenUnsatisfiable: DoNotSchedule 一起使用（当前为 ${when ?? '未设置'}）。`), minDomainsField.key, [...path, 'minDomains']);
		}
		if (key && when) {
			const pair = `${key}\u0000${when}`;
			if (seen.has(pair)) report(scope, 'semantic/scheduling-constraint', text(`The pair topologyKey "${key}" / whenUnsatisfiable ${when} appears twice.`, `topologyKey“${key}”与 whenUnsatisfiable ${when} 的组合重复出现。`), keyField!.locator, [...path, 'topologyKey']);
			seen.add(pair);
		}
	});
}

// ----------------------------------------------------------------------------------- OS, sysctls, gates

const WINDOWS_FORBIDDEN_POD = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'fsGroup', 'fsGroupChangePolicy', 'sysctls', 'runAsUser', 'runAsGroup', 'supplementalGroups', 'supplementalGroupsPolicy', 'seLinuxChangePolicy'];
const WINDOWS_FORBIDDEN_CONTAINER = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup'];

function checkOs(scope: Scope, containers: ContainerRef[]): void {
	const { template } = scope;
	const osField = field(template.spec, 'os');
	if (!osField?.value || !asMap(osField.value)) return;
	const nameField = field(osField.value, 'name');
	const os = stringValue(nameField?.value);
	if (os === undefined) return;
	if (os !== 'linux' && os !== 'windows') {
		report(scope, 'semantic/pod-os', text(`os.name "${os}" is not supported: use linux or windows.`, `不支持 os.name“${os}”：请使用 linux 或 windows。`), nameField!.locator, [...template.specPath, 'os', 'name']);
		return;
	}
	const podContext = field(template.spec, 'securityContext');
	// Pointer fields are forbidden when set at all (even false); hostPID and hostIPC only when true; empty lists are left alone.
	const forbid = (holder: Node | undefined, names: readonly string[], path: PathSegment[], onlyTrue = false) => {
		for (const name of names) {
			const f = field(holder, name);
			if (!f || f.value === undefined || scalarValue(f.value) === null || (onlyTrue && scalarValue(f.value) !== true) || asSeq(f.value)?.items.length === 0) continue;
			report(scope, 'semantic/pod-os', text(`${name} cannot be set for a ${os} Pod (os.name: ${os}).`, `${os} Pod（os.name: ${os}）不能设置 ${name}。`), f.key, [...path, name]);
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
		if (name.length > 253 || !SYSCTL_NAME.test(name)) report(scope, 'semantic/sysctl', text(`sysctl name "${name}" is invalid: lowercase segments separated by "." or "/", at most 253 characters.`, `sysctl 名称“${name}”无效：应为以“.”或“/”分隔的小写段，最多 253 个字符。`), nameField.locator, at);
		else if (seen.has(name)) report(scope, 'semantic/sysctl', text(`sysctl "${name}" is listed twice.`, `sysctl“${name}”重复列出。`), nameField.locator, at);
		seen.add(name);
		// utilsysctl.GetNamespace reads "/"-separated names with "/" and "." swapped.
		const dotted = name.indexOf('/') !== -1 && (name.indexOf('.') === -1 || name.indexOf('/') < name.indexOf('.')) ? name.replace(/[./]/g, (c) => (c === '/' ? '.' : '/')) : name;
		if (hostNetwork && dotted.startsWith('net.')) report(scope, 'semantic/sysctl', text(`sysctl "${name}" may not be set when hostNetwork is true: it would change the node's network namespace.`, `hostNetwork 为 true 时不能设置 sysctl“${name}”：它会修改节点的网络命名空间。`), nameField.locator, at);
		if (hostIPC && (IPC_SYSCTLS.has(dotted) || dotted.startsWith('fs.mqueue.'))) report(scope, 'semantic/sysctl', text(`sysctl "${name}" may not be set when hostIPC is true.`, `hostIPC 为 true 时不能设置 sysctl“${name}”。`), nameField.locator, at);
	});
}

function checkGates(scope: Scope): void {
	const { template } = scope;
	items(field(template.spec, 'readinessGates')?.value).forEach((gate, index) => {
		const f = field(gate, 'conditionType');
		const value = stringValue(f?.value);
		const problem = value !== undefined ? qualifiedNameProblem(value) : undefined;
		if (problem) report(scope, 'semantic/pod-gates', text(`readinessGates conditionType "${value}" is invalid: ${problem.en}.`, `readinessGates 的 conditionType“${value}”无效：${problem.zh}。`), f!.locator, [...template.specPath, 'readinessGates', index, 'conditionType']);
	});
	const seen = new Set<string>();
	items(field(template.spec, 'schedulingGates')?.value).forEach((gate, index) => {
		const f = field(gate, 'name');
		const value = stringValue(f?.value);
		if (value === undefined) return;
		const problem = qualifiedNameProblem(value);
		if (problem) report(scope, 'semantic/pod-gates', text(`schedulingGates name "${value}" is invalid: ${problem.en}.`, `schedulingGates 的 name“${value}”无效：${problem.zh}。`), f!.locator, [...template.specPath, 'schedulingGates', index, 'name']);
		else if (seen.has(value)) report(scope, 'semantic/pod-gates', text(`scheduling gate "${value}" is listed twice.`, `调度门控“${value}”重复列出。`), f!.locator, [...template.specPath, 'schedulingGates', index, 'name']);
		seen.add(value);
	});
}

// ------------------------------------------------------------------------------------------- validator

/** Validates the Pod spec of any Pod-bearing object (exported for the workloads and batch modules' tests). */
export function validatePodSpec(context: SemanticContext): void {
	const { object } = context;
	const template = podTemplateOf(object.kind, object.node);
	if (!template || !asMap(template.spec)) return;
	const scope: Scope = { context, template, isPod: object.kind === 'Pod', note: object.kind === 'StatefulSet' ? STATEFULSET_NOTE : text('', ''), minor: k8sMinor(context.k8sVersion) };
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

const POD_BEARERS = [
	'/Pod', '/PodTemplate', '/ReplicationController', 'apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job', 'batch/CronJob',
];

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_BEARERS.map((key) => [key, validatePodSpec]));
