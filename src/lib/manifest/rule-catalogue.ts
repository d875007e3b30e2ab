// Every rule the manifest linter knows: stable id, layer, default severity, and the explanation the site
// publishes (English and 简体中文). Ids never change meaning; new rules get new ids.
import { CUSTOM_RESOURCE_RULES } from './custom-resources/rules.ts';
import { SEMANTIC_RULES } from './semantic/index.ts';
import type { LocalizedText, RuleLayer, Severity } from './types.ts';

export interface RuleInfo {
	id: string;
	layer: RuleLayer;
	severity: Severity;
	title: LocalizedText;
	/** Why the rule exists and what to do about it. */
	explanation: LocalizedText;
	/** The Kubernetes source the rule mirrors (Go file and function); set on every semantic rule. */
	source?: string;
}

const rule = (id: string, layer: RuleLayer, severity: Severity, title: [string, string], explanation: [string, string]): RuleInfo => ({
	id,
	layer,
	severity,
	title: { en: title[0], zh: title[1] },
	explanation: { en: explanation[0], zh: explanation[1] },
});

export const RULES: readonly RuleInfo[] = [
	// Layer 1: syntax
	rule('yaml/syntax-error', 'syntax', 'error', ['YAML syntax error', 'YAML 语法错误'], [
		'The text is not valid YAML, so kubectl cannot even read it. The message says what the parser expected; indentation and unclosed quotes are the usual causes.',
		'文本不是合法的 YAML，kubectl 根本无法读取。消息说明了解析器期望的内容；常见原因是缩进错误和引号未闭合。',
	]),
	rule('yaml/syntax-warning', 'syntax', 'warning', ['YAML warning', 'YAML 警告'], [
		'The YAML parser accepted the text but noticed something odd, such as an unknown tag or directive.',
		'YAML 解析器接受了文本，但发现了异常之处，例如未知的标签或指令。',
	]),
	rule('yaml/duplicate-key', 'syntax', 'error', ['Duplicate key', '重复的键'], [
		'A mapping has the same key twice. Many YAML tools silently keep the last one, so the first value is lost without a word; the API server decodes strictly and rejects the object.',
		'同一个映射中出现了两次相同的键。许多 YAML 工具会悄悄只保留最后一个，前一个值无声丢失；API 服务器严格解码，会直接拒绝该对象。',
	]),
	rule('yaml/invalid-character', 'syntax', 'error', ['Invalid character', '非法字符'], [
		'YAML text may not contain control characters such as NUL. They usually mean a binary file or a copy-paste accident.',
		'YAML 文本中不能有 NUL 之类的控制字符。出现它们通常意味着这是二进制文件，或复制粘贴出了问题。',
	]),
	rule('yaml/input-too-large', 'syntax', 'error', ['Input too large', '输入过大'], [
		'Very large inputs are not checked so that the page stays responsive. Split the file, or lint it with the command-line tool.',
		'为保证页面流畅，不检查过大的输入。请拆分文件，或使用命令行工具检查。',
	]),
	rule('yaml/too-deep', 'syntax', 'error', ['Nesting too deep', '嵌套过深'], [
		'The document nests deeper than any Kubernetes object does. Such input is a classic way to exhaust a parser, so it is refused with this error.',
		'文档的嵌套深度超过了任何 Kubernetes 对象。这类输入是耗尽解析器资源的经典手段，因此以此错误拒绝。',
	]),
	rule('yaml/alias-limit', 'syntax', 'error', ['Alias expansion limit', '别名展开超限'], [
		'YAML aliases (*name) repeat an anchored node. Nested aliases can expand exponentially (the "billion laughs" attack); expansion is capped and recursive aliases are refused.',
		'YAML 别名（*name）会重复引用带锚点的节点。嵌套的别名可能指数级展开（“十亿笑声”攻击）；因此限制了展开规模，并拒绝递归别名。',
	]),
	rule('lint/too-many-problems', 'syntax', 'info', ['Too many problems', '问题过多'], [
		'Only the first problems are listed (1,000 by default); fix those and lint again.',
		'只列出前面的问题（默认 1000 个）；修复后请再检查一次。',
	]),
	rule('lint/internal-error', 'syntax', 'error', ['Internal linter error', '检查器内部错误'], [
		'A bug in the linter itself, not in your manifest. The other layers still ran; please report the input that caused it.',
		'这是检查器自身的缺陷，而不是清单的问题。其他检查层仍已运行；请报告触发它的输入。',
	]),
	// Layer 2: identity
	rule('identity/not-an-object', 'identity', 'error', ['Not an object', '不是对象'], [
		'Each YAML document must be one Kubernetes object: a mapping with apiVersion, kind and metadata.',
		'每个 YAML 文档都必须是一个 Kubernetes 对象：包含 apiVersion、kind 和 metadata 的映射。',
	]),
	rule('identity/missing-api-version', 'identity', 'error', ['Missing apiVersion', '缺少 apiVersion'], [
		'apiVersion names the API group and version (apps/v1, v1, batch/v1 …) that defines the object. Without it the API server cannot decode the object.',
		'apiVersion 指明定义该对象的 API 组和版本（apps/v1、v1、batch/v1 ……）。没有它，API 服务器无法解码对象。',
	]),
	rule('identity/missing-kind', 'identity', 'error', ['Missing kind', '缺少 kind'], [
		'kind says which type of object this is (Deployment, Service …). Without it the API server cannot decode the object.',
		'kind 说明对象的类型（Deployment、Service ……）。没有它，API 服务器无法解码对象。',
	]),
	rule('identity/unknown-api-version', 'identity', 'error', ['Unknown apiVersion', '未知的 apiVersion'], [
		'The apiVersion belongs to a built-in API group but names a version that group never had. Check the spelling; the message suggests the version that serves this kind.',
		'apiVersion 属于内置 API 组，但该组从未有过这个版本。请检查拼写；消息中给出了提供该类型的版本。',
	]),
	rule('identity/unknown-kind', 'identity', 'error', ['Unknown kind', '未知的类型'], [
		'The apiVersion exists but has no such kind. Kinds are CamelCase and case-sensitive (Deployment, not deployment); some kinds live in another group (Deployment is in apps/v1, not v1).',
		'apiVersion 存在，但其中没有这个类型。类型名采用驼峰式且区分大小写（Deployment 而非 deployment）；有些类型属于别的组（Deployment 在 apps/v1 而不是 v1）。',
	]),
	rule('identity/custom-resource', 'identity', 'info', ['Custom resource', '自定义资源'], [
		'The object belongs to an API group that is not built into Kubernetes, so it is defined by a CustomResourceDefinition. Its fields cannot be checked here, and the cluster rejects it unless that CRD is installed.',
		'该对象属于非内置的 API 组，由 CustomResourceDefinition 定义。这里无法检查它的字段；除非集群安装了对应的 CRD，否则会被拒绝。',
	]),
	rule('identity/missing-name', 'identity', 'error', ['Missing name', '缺少名称'], [
		'Every object needs metadata.name (kubectl create also accepts metadata.generateName). It identifies the object within its namespace.',
		'每个对象都需要 metadata.name（kubectl create 也接受 metadata.generateName）。它在命名空间内标识对象。',
	]),
	rule('identity/invalid-name', 'identity', 'error', ['Invalid name', '名称无效'], [
		'Object names are used in DNS names, URLs and labels, so the API server restricts them: most kinds need a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters); Services need a DNS-1035 label (at most 63, starting with a letter); Namespaces a DNS-1123 label.',
		'对象名称会出现在 DNS 名称、URL 和标签中，因此 API 服务器有限制：大多数类型须为 DNS-1123 子域名（小写字母、数字、“-”和“.”，最多 253 个字符）；Service 须为 DNS-1035 标签（最多 63 个字符，以字母开头）；Namespace 须为 DNS-1123 标签。',
	]),
	rule('identity/invalid-namespace', 'identity', 'error', ['Invalid namespace', '命名空间无效'], [
		'Namespace names must be DNS-1123 labels: lowercase letters, digits and "-", at most 63 characters.',
		'命名空间名称必须是 DNS-1123 标签：小写字母、数字和“-”，最多 63 个字符。',
	]),
	rule('identity/invalid-label-key', 'identity', 'error', ['Invalid label key', '标签键无效'], [
		'Label keys are an optional DNS-subdomain prefix and "/", then a name of at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit (app.kubernetes.io/name).',
		'标签键由可选的 DNS 子域名前缀和“/”以及名称组成；名称最多 63 个字符，只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾（如 app.kubernetes.io/name）。',
	]),
	rule('identity/invalid-label-value', 'identity', 'error', ['Invalid label value', '标签值无效'], [
		'Label values are at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit, or empty. Spaces, slashes and colons are not allowed.',
		'标签值最多 63 个字符，只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾，也可以为空。不允许空格、斜杠和冒号。',
	]),
	rule('identity/invalid-annotation-key', 'identity', 'error', ['Invalid annotation key', '注解键无效'], [
		'Annotation keys follow the same rules as label keys (annotation values, unlike label values, may be any string).',
		'注解键与标签键规则相同（注解值则与标签值不同，可以是任意字符串）。',
	]),
	// Layer 3: strict schema
	rule('schema/unknown-field', 'schema', 'error', ['Unknown field', '未知字段'], [
		'The field does not exist in this kind\'s schema — usually a typo (containres) or a field at the wrong indentation level. kubectl apply (whose --validate defaults to strict) rejects it; lenient tools silently drop it, so the setting you meant never takes effect.',
		'该字段不在此类型的 schema 中——通常是拼写错误（如 containres）或缩进层级不对。kubectl apply（--validate 默认为 strict）会拒绝它；宽松的工具会悄悄丢弃它，于是你想要的设置根本不会生效。',
	]),
	rule('schema/type-mismatch', 'schema', 'error', ['Wrong type', '类型错误'], [
		'The value has the wrong type: a number where a string is expected, a list where a mapping is expected, and so on. YAML 1.1 reads unquoted yes/no/on/off as booleans and 0755 as an octal number; quote such values when you mean a string.',
		'值的类型不对：需要字符串却给了数字、需要映射却给了列表等。YAML 1.1 会把未加引号的 yes/no/on/off 读成布尔值，把 0755 读成八进制数；想表示字符串时请加引号。',
	]),
	rule('schema/invalid-enum', 'schema', 'error', ['Value not allowed', '不允许的值'], [
		'The field accepts only a fixed set of values, and they are case-sensitive (Always, not always).',
		'该字段只接受固定的几个值，并且区分大小写（Always 而非 always）。',
	]),
	rule('schema/missing-required', 'schema', 'error', ['Missing required field', '缺少必填字段'], [
		'The schema marks this field as required; the API server rejects the object without it (a container needs a name, a Deployment a selector and template, …).',
		'schema 将该字段标为必填；缺少它 API 服务器会拒绝对象（容器需要 name，Deployment 需要 selector 和 template ……）。',
	]),
	rule('schema/invalid-quantity', 'schema', 'error', ['Invalid resource quantity', '资源数量无效'], [
		'CPU and memory amounts are quantities: a number with an optional suffix — m for thousandths (500m CPU), k/M/G/T for powers of 1000, Ki/Mi/Gi/Ti for powers of 1024 (128Mi). "128MB", "1 Gi" or "2 cores" are not quantities.',
		'CPU 和内存用量是“数量”：数字加可选后缀——m 表示千分之一（500m CPU），k/M/G/T 表示 1000 的幂，Ki/Mi/Gi/Ti 表示 1024 的幂（128Mi）。“128MB”“1 Gi”“2 cores”都不合法。',
	]),
	rule('schema/invalid-format', 'schema', 'error', ['Invalid format', '格式无效'], [
		'The field needs a particular string format: base64 for Secret data and ConfigMap binaryData, RFC 3339 for timestamps.',
		'该字段需要特定的字符串格式：Secret 的 data 和 ConfigMap 的 binaryData 要用 base64，时间戳要用 RFC 3339。',
	]),
	// Layer 4: semantic (the API server's validation code), one module per API group in semantic/
	...SEMANTIC_RULES,
	// Layer 5: custom resources (CRDs in the paste and their objects), kustomization files, unrendered Helm templates
	...CUSTOM_RESOURCE_RULES,
	// Layer 6: API versions
	rule('api/removed', 'api-version', 'error', ['Removed API version', '已移除的 API 版本'], [
		'Kubernetes removes beta API versions some releases after their replacement becomes stable. A cluster of the selected version no longer serves this apiVersion and rejects the object; switch to the replacement (and check the migration notes).',
		'Kubernetes 会在替代版本稳定若干个版本后移除 beta API。所选版本的集群已不再提供这个 apiVersion，会拒绝该对象；请改用替代版本（并查看迁移说明）。',
	]),
	rule('api/deprecated', 'api-version', 'warning', ['Deprecated API version', '已弃用的 API 版本'], [
		'This apiVersion still works on the selected version but is scheduled for removal; kubectl prints a warning. Migrate before you upgrade the cluster.',
		'这个 apiVersion 在所选版本上仍可用，但已计划移除；kubectl 会打印警告。请在升级集群之前完成迁移。',
	]),
	rule('api/not-yet-available', 'api-version', 'error', ['API not yet available', 'API 尚不可用'], [
		'This apiVersion was introduced after the selected Kubernetes version, so that cluster does not serve it. Use the older apiVersion the message names, or pick a newer target version.',
		'这个 apiVersion 在所选 Kubernetes 版本之后才出现，该集群不提供它。请使用旧版 apiVersion，或选择更新的目标版本。',
	]),
	// Layer 7: cross-resource
	rule('cross/selector-mismatch', 'cross-resource', 'error', ['Selector does not match template', '选择器与模板不匹配'], [
		'A Deployment, ReplicaSet, StatefulSet or DaemonSet manages the Pods its selector matches, so its own Pod template must carry those labels; otherwise the API server rejects it ("selector does not match template labels").',
		'Deployment、ReplicaSet、StatefulSet、DaemonSet 管理其选择器匹配的 Pod，因此自己的 Pod 模板必须带有这些标签；否则 API 服务器会拒绝（“selector does not match template labels”）。',
	]),
	rule('cross/duplicate-object', 'cross-resource', 'warning', ['Duplicate object', '重复的对象'], [
		'The same object (kind, namespace, name) is defined twice; kubectl applies both and the second wins, silently.',
		'同一个对象（类型、命名空间、名称）被定义了两次；kubectl 会依次应用，后者悄悄覆盖前者。',
	]),
	rule('cross/volume-not-found', 'cross-resource', 'error', ['Volume mount without volume', '挂载了不存在的卷'], [
		'Every volumeMount names a volume declared in the Pod spec\'s volumes (or a StatefulSet volumeClaimTemplate); the API server rejects mounts of undeclared volumes.',
		'每个 volumeMount 都必须引用 Pod 规约 volumes 中声明的卷（或 StatefulSet 的 volumeClaimTemplate）；挂载未声明的卷会被 API 服务器拒绝。',
	]),
	rule('cross/service-selects-nothing', 'cross-resource', 'warning', ['Service selects no pasted Pods', 'Service 未选中粘贴的 Pod'], [
		'A Service sends traffic to the Pods whose labels match its selector. None of the Pods defined in this paste match, so (unless other Pods in the cluster do) the Service has no endpoints and connections fail.',
		'Service 把流量发给标签匹配其选择器的 Pod。本次粘贴中定义的 Pod 都不匹配，因此（除非集群中还有别的 Pod 匹配）Service 没有端点，连接会失败。',
	]),
	rule('cross/target-port-not-found', 'cross-resource', 'warning', ['Named targetPort not found', '找不到命名的 targetPort'], [
		'A string targetPort refers to a container port by name. None of the selected Pods declares a port with that name, so the Service cannot route traffic.',
		'字符串形式的 targetPort 按名称引用容器端口。所选 Pod 中没有声明该名称的端口，Service 无法转发流量。',
	]),
	rule('cross/ingress-backend-not-found', 'cross-resource', 'info', ['Ingress backend not in paste', 'Ingress 后端不在粘贴中'], [
		'The Ingress routes to a Service (and port) that this paste does not define. It may exist in the cluster; if it does not, the Ingress controller answers 503.',
		'Ingress 路由到的 Service（及端口）未在本次粘贴中定义。集群中可能已有它；如果没有，Ingress 控制器会返回 503。',
	]),
	rule('cross/hpa-target-not-found', 'cross-resource', 'info', ['HPA target not in paste', 'HPA 目标不在粘贴中'], [
		'The HorizontalPodAutoscaler scales a workload that this paste does not define. It may exist in the cluster; otherwise the HPA reports FailedGetScale.',
		'HorizontalPodAutoscaler 要扩缩的工作负载未在本次粘贴中定义。集群中可能已有它；否则 HPA 会报告 FailedGetScale。',
	]),
	rule('cross/reference-not-in-paste', 'cross-resource', 'info', ['Referenced object not in paste', '引用的对象不在粘贴中'], [
		'The Pod uses a ConfigMap, Secret, PersistentVolumeClaim or ServiceAccount that this paste does not define. That is fine if it exists in the cluster; if not, the Pod stays in ContainerCreating or is not created.',
		'Pod 使用了本次粘贴中未定义的 ConfigMap、Secret、PersistentVolumeClaim 或 ServiceAccount。如果集群中已有它就没问题；否则 Pod 会停在 ContainerCreating 或无法创建。',
	]),
	rule('cross/key-not-found', 'cross-resource', 'warning', ['Key not found', '找不到键'], [
		'An environment variable reads a key from a ConfigMap or Secret defined in this paste, but that object has no such key; the container fails to start (CreateContainerConfigError).',
		'环境变量读取本次粘贴中某个 ConfigMap 或 Secret 的键，但该对象中没有这个键；容器将无法启动（CreateContainerConfigError）。',
	]),
	// Layer 8: best practice
	rule('bp/image-tag', 'best-practice', 'warning', ['Image without a pinned tag', '镜像未固定标签'], [
		'An image without a tag means :latest, and :latest moves. Different nodes may run different versions, and a restart can silently upgrade. Pin a version tag, or better a digest (@sha256:…).',
		'不带标签的镜像等同于 :latest，而 :latest 会变。不同节点可能运行不同版本，重启也可能悄悄升级。请固定版本标签，最好用摘要（@sha256:…）。',
	]),
	rule('bp/resource-requests', 'best-practice', 'warning', ['No resource requests', '未设置资源请求'], [
		'Requests tell the scheduler how much CPU and memory a container needs. Without them Pods are packed onto nodes blindly and are the first to be evicted under pressure (BestEffort QoS).',
		'requests 告诉调度器容器需要多少 CPU 和内存。没有它，Pod 会被盲目地塞到节点上，资源紧张时最先被驱逐（BestEffort QoS）。',
	]),
	rule('bp/memory-limit', 'best-practice', 'warning', ['No memory limit', '未设置内存限制'], [
		'Without a memory limit a leaking container can use all of the node\'s memory and get other Pods killed. (A CPU limit is a different trade-off: it throttles, and many teams leave it unset.)',
		'没有内存限制，泄漏的容器可能用光节点内存，导致其他 Pod 被杀死。（CPU 限制是另一种取舍：它会限流，很多团队选择不设。）',
	]),
	rule('bp/readiness-probe', 'best-practice', 'warning', ['No readiness probe', '没有就绪探针'], [
		'Without a readinessProbe a container counts as ready the moment it starts, so Services send it requests before it can answer, and rolling updates do not wait for the new version to work.',
		'没有 readinessProbe，容器一启动就被视为就绪：Service 会在它能响应之前就发请求过来，滚动更新也不会等新版本真正可用。',
	]),
	rule('bp/liveness-probe', 'best-practice', 'info', ['No liveness probe', '没有存活探针'], [
		'A livenessProbe lets the kubelet restart a container that hangs without exiting. Use it with care: a probe that is too strict restarts healthy containers under load.',
		'livenessProbe 让 kubelet 能重启卡住却不退出的容器。请谨慎使用：过于严格的探针会在高负载时重启健康的容器。',
	]),
	rule('bp/privileged', 'best-practice', 'warning', ['Privileged container', '特权容器'], [
		'A privileged container has all Linux capabilities and access to every host device: escaping to the node is trivial. Grant the specific capability you need instead.',
		'特权容器拥有全部 Linux 能力并能访问所有主机设备，逃逸到节点轻而易举。请只授予真正需要的具体能力。',
	]),
	rule('bp/privilege-escalation', 'best-practice', 'info', ['Privilege escalation allowed', '允许权限提升'], [
		'Unless allowPrivilegeEscalation is false, a process can gain privileges through setuid binaries. The restricted Pod Security Standard requires false.',
		'除非 allowPrivilegeEscalation 为 false，进程可以通过 setuid 程序获得更高权限。受限（restricted）Pod 安全标准要求设为 false。',
	]),
	rule('bp/run-as-non-root', 'best-practice', 'warning', ['May run as root', '可能以 root 运行'], [
		'Many images run as root by default. runAsNonRoot: true makes the kubelet refuse to start a container that would run as UID 0, which limits the damage of a container escape.',
		'许多镜像默认以 root 运行。设置 runAsNonRoot: true 后，kubelet 会拒绝启动将以 UID 0 运行的容器，从而降低容器逃逸的危害。',
	]),
	rule('bp/read-only-root-filesystem', 'best-practice', 'info', ['Writable root file system', '根文件系统可写'], [
		'A read-only root file system stops an attacker from modifying binaries or dropping tools into the container. Mount emptyDir volumes where the application must write.',
		'只读根文件系统能阻止攻击者修改程序或往容器里放工具。应用必须写入的地方请挂载 emptyDir 卷。',
	]),
	rule('bp/dangerous-capabilities', 'best-practice', 'warning', ['Dangerous capability', '危险的能力'], [
		'Capabilities such as SYS_ADMIN, NET_ADMIN or ALL give a container most of root\'s power over the node or its network. Add only what is needed, and drop ALL first.',
		'SYS_ADMIN、NET_ADMIN、ALL 等能力让容器对节点或其网络拥有大部分 root 权力。只添加必需的能力，并先 drop ALL。',
	]),
	rule('bp/host-namespaces', 'best-practice', 'warning', ['Host namespaces', '共享主机命名空间'], [
		'hostNetwork, hostPID and hostIPC put the Pod in the node\'s own namespaces: it can sniff node traffic, see and signal every process, or read shared memory. Only node agents need this.',
		'hostNetwork、hostPID 和 hostIPC 让 Pod 进入节点自身的命名空间：可以嗅探节点流量、看到并向所有进程发信号、读取共享内存。只有节点代理才需要。',
	]),
	rule('bp/host-path', 'best-practice', 'warning', ['hostPath volume', 'hostPath 卷'], [
		'hostPath mounts a directory of the node into the Pod: data is tied to one node and a writable mount of the wrong path compromises the node. Prefer PersistentVolumeClaims, ConfigMaps or emptyDir.',
		'hostPath 把节点上的目录挂进 Pod：数据绑定在某个节点上，可写地挂错路径还会危及节点。请优先使用 PersistentVolumeClaim、ConfigMap 或 emptyDir。',
	]),
	rule('bp/docker-socket', 'best-practice', 'warning', ['Docker socket mounted', '挂载了 Docker 套接字'], [
		'Mounting docker.sock gives full control of the node. Since Kubernetes 1.24 removed dockershim, the kubelet talks to containerd or CRI-O instead, so tools that expect to see the cluster\'s containers through Docker stop working.',
		'挂载 docker.sock 等于完全控制节点。自 Kubernetes 1.24 移除 dockershim 后，kubelet 改为与 containerd 或 CRI-O 通信，依赖通过 Docker 查看集群容器的工具将无法工作。',
	]),
	rule('bp/secret-in-env', 'best-practice', 'warning', ['Secret in plain text', '明文密钥'], [
		'An environment variable whose name suggests a password or token has its value written in the manifest. Manifests end up in Git, CI logs and kubectl output; keep the value in a Secret and use valueFrom.secretKeyRef.',
		'名称看起来像密码或令牌的环境变量，其值直接写在了清单里。清单会进入 Git、CI 日志和 kubectl 输出；请把值放进 Secret，并使用 valueFrom.secretKeyRef。',
	]),
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
	return byId.get(id);
}
