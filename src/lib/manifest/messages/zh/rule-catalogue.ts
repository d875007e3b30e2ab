// 简体中文 words of src/lib/manifest/rule-catalogue.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/rule-catalogue.ts';

export const messages: CatalogueLike<typeof en> = {};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'yaml/syntax-error': { title: 'YAML 语法错误', explanation: '文本不是合法的 YAML，kubectl 根本无法读取。消息说明了解析器期望的内容；常见原因是缩进错误和引号未闭合。' },
	'yaml/syntax-warning': { title: 'YAML 警告', explanation: 'YAML 解析器接受了文本，但发现了异常之处，例如未知的标签或指令。' },
	'yaml/duplicate-key': {
		title: '重复的键',
		explanation: '同一个映射中出现了两次相同的键。许多 YAML 工具会悄悄只保留最后一个，前一个值无声丢失；API 服务器严格解码，会直接拒绝该对象。',
	},
	'yaml/invalid-character': { title: '非法字符', explanation: 'YAML 文本中不能有 NUL 之类的控制字符。出现它们通常意味着这是二进制文件，或复制粘贴出了问题。' },
	'yaml/input-too-large': { title: '输入过大', explanation: '为保证页面流畅，不检查过大的输入。请拆分文件，或使用命令行工具检查。' },
	'yaml/too-deep': { title: '嵌套过深', explanation: '文档的嵌套深度超过了任何 Kubernetes 对象。这类输入是耗尽解析器资源的经典手段，因此以此错误拒绝。' },
	'yaml/alias-limit': {
		title: '别名展开超限',
		explanation: 'YAML 别名（*name）会重复引用带锚点的节点。嵌套的别名可能指数级展开（“十亿笑声”攻击）；因此限制了展开规模，并拒绝递归别名。',
	},
	'lint/too-many-problems': { title: '问题过多', explanation: '只列出前面的问题（默认 1000 个）；修复后请再检查一次。' },
	'lint/internal-error': { title: '检查器内部错误', explanation: '这是检查器自身的缺陷，而不是清单的问题。其他检查层仍已运行；请报告触发它的输入。' },
	'identity/not-an-object': { title: '不是对象', explanation: '每个 YAML 文档都必须是一个 Kubernetes 对象：包含 apiVersion、kind 和 metadata 的映射。' },
	'identity/missing-api-version': {
		title: '缺少 apiVersion',
		explanation: 'apiVersion 指明定义该对象的 API 组和版本（apps/v1、v1、batch/v1 ……）。没有它，API 服务器无法解码对象。',
	},
	'identity/missing-kind': { title: '缺少 kind', explanation: 'kind 说明对象的类型（Deployment、Service ……）。没有它，API 服务器无法解码对象。' },
	'identity/unknown-api-version': {
		title: '未知的 apiVersion',
		explanation: 'apiVersion 属于内置 API 组，但该组从未有过这个版本。请检查拼写；消息中给出了提供该类型的版本。',
	},
	'identity/unknown-kind': {
		title: '未知的类型',
		explanation: 'apiVersion 存在，但其中没有这个类型。类型名采用驼峰式且区分大小写（Deployment 而非 deployment）；有些类型属于别的组（Deployment 在 apps/v1 而不是 v1）。',
	},
	'identity/custom-resource': {
		title: '自定义资源',
		explanation: '该对象属于非内置的 API 组，由 CustomResourceDefinition 定义。这里无法检查它的字段；除非集群安装了对应的 CRD，否则会被拒绝。',
	},
	'identity/missing-name': { title: '缺少名称', explanation: '每个对象都需要 metadata.name（kubectl create 也接受 metadata.generateName）。它在命名空间内标识对象。' },
	'identity/invalid-name': {
		title: '名称无效',
		explanation:
			'对象名称会出现在 DNS 名称、URL 和标签中，因此 API 服务器有限制：大多数类型须为 DNS-1123 子域名（小写字母、数字、“-”和“.”，最多 253 个字符）；Service 须为 DNS-1035 标签（最多 63 个字符，以字母开头）；Namespace 须为 DNS-1123 标签。',
	},
	'identity/invalid-namespace': { title: '命名空间无效', explanation: '命名空间名称必须是 DNS-1123 标签：小写字母、数字和“-”，最多 63 个字符。' },
	'identity/invalid-label-key': {
		title: '标签键无效',
		explanation:
			'标签键由可选的 DNS 子域名前缀和“/”以及名称组成；名称最多 63 个字符，只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾（如 app.kubernetes.io/name）。',
	},
	'identity/invalid-label-value': {
		title: '标签值无效',
		explanation: '标签值最多 63 个字符，只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾，也可以为空。不允许空格、斜杠和冒号。',
	},
	'identity/invalid-annotation-key': { title: '注解键无效', explanation: '注解键与标签键规则相同（注解值则与标签值不同，可以是任意字符串）。' },
	'schema/unknown-field': {
		title: '未知字段',
		explanation:
			'该字段不在此类型的 schema 中——通常是拼写错误（如 containres）或缩进层级不对。kubectl apply（--validate 默认为 strict）会拒绝它；宽松的工具会悄悄丢弃它，于是你想要的设置根本不会生效。',
	},
	'schema/type-mismatch': {
		title: '类型错误',
		explanation: '值的类型不对：需要字符串却给了数字、需要映射却给了列表等。YAML 1.1 会把未加引号的 yes/no/on/off 读成布尔值，把 0755 读成八进制数；想表示字符串时请加引号。',
	},
	'schema/invalid-enum': { title: '不允许的值', explanation: '该字段只接受固定的几个值，并且区分大小写（Always 而非 always）。' },
	'schema/missing-required': {
		title: '缺少必填字段',
		explanation: 'schema 将该字段标为必填；缺少它 API 服务器会拒绝对象（容器需要 name，Deployment 需要 selector 和 template ……）。',
	},
	'schema/invalid-quantity': {
		title: '资源数量无效',
		explanation:
			'CPU 和内存用量是“数量”：数字加可选后缀——m 表示千分之一（500m CPU），k/M/G/T 表示 1000 的幂，Ki/Mi/Gi/Ti 表示 1024 的幂（128Mi）。“128MB”“1 Gi”“2 cores”都不合法。',
	},
	'schema/invalid-format': { title: '格式无效', explanation: '该字段需要特定的字符串格式：Secret 的 data 和 ConfigMap 的 binaryData 要用 base64，时间戳要用 RFC 3339。' },
	'api/removed': {
		title: '已移除的 API 版本',
		explanation: 'Kubernetes 会在替代版本稳定若干个版本后移除 beta API。所选版本的集群已不再提供这个 apiVersion，会拒绝该对象；请改用替代版本（并查看迁移说明）。',
	},
	'api/deprecated': { title: '已弃用的 API 版本', explanation: '这个 apiVersion 在所选版本上仍可用，但已计划移除；kubectl 会打印警告。请在升级集群之前完成迁移。' },
	'api/not-yet-available': {
		title: 'API 尚不可用',
		explanation: '这个 apiVersion 在所选 Kubernetes 版本之后才出现，该集群不提供它。请使用旧版 apiVersion，或选择更新的目标版本。',
	},
	'cross/selector-mismatch': {
		title: '选择器与模板不匹配',
		explanation:
			'Deployment、ReplicaSet、StatefulSet、DaemonSet 管理其选择器匹配的 Pod，因此自己的 Pod 模板必须带有这些标签；否则 API 服务器会拒绝（“selector does not match template labels”）。',
	},
	'cross/duplicate-object': { title: '重复的对象', explanation: '同一个对象（类型、命名空间、名称）被定义了两次；kubectl 会依次应用，后者悄悄覆盖前者。' },
	'cross/volume-not-found': {
		title: '挂载了不存在的卷',
		explanation: '每个 volumeMount 都必须引用 Pod 规约 volumes 中声明的卷（或 StatefulSet 的 volumeClaimTemplate）；挂载未声明的卷会被 API 服务器拒绝。',
	},
	'cross/service-selects-nothing': {
		title: 'Service 未选中粘贴的 Pod',
		explanation: 'Service 把流量发给标签匹配其选择器的 Pod。本次粘贴中定义的 Pod 都不匹配，因此（除非集群中还有别的 Pod 匹配）Service 没有端点，连接会失败。',
	},
	'cross/target-port-not-found': {
		title: '找不到命名的 targetPort',
		explanation: '字符串形式的 targetPort 按名称引用容器端口。所选 Pod 中没有声明该名称的端口，Service 无法转发流量。',
	},
	'cross/ingress-backend-not-found': {
		title: 'Ingress 后端不在粘贴中',
		explanation: 'Ingress 路由到的 Service（及端口）未在本次粘贴中定义。集群中可能已有它；如果没有，Ingress 控制器会返回 503。',
	},
	'cross/hpa-target-not-found': {
		title: 'HPA 目标不在粘贴中',
		explanation: 'HorizontalPodAutoscaler 要扩缩的工作负载未在本次粘贴中定义。集群中可能已有它；否则 HPA 会报告 FailedGetScale。',
	},
	'cross/reference-not-in-paste': {
		title: '引用的对象不在粘贴中',
		explanation:
			'Pod 使用了本次粘贴中未定义的 ConfigMap、Secret、PersistentVolumeClaim 或 ServiceAccount。如果集群中已有它就没问题；否则 Pod 会停在 ContainerCreating 或无法创建。',
	},
	'cross/key-not-found': {
		title: '找不到键',
		explanation: '环境变量读取本次粘贴中某个 ConfigMap 或 Secret 的键，但该对象中没有这个键；容器将无法启动（CreateContainerConfigError）。',
	},
	'bp/image-tag': {
		title: '镜像未固定标签',
		explanation: '不带标签的镜像等同于 :latest，而 :latest 会变。不同节点可能运行不同版本，重启也可能悄悄升级。请固定版本标签，最好用摘要（@sha256:…）。',
	},
	'bp/resource-requests': {
		title: '未设置资源请求',
		explanation: 'requests 告诉调度器容器需要多少 CPU 和内存。没有它，Pod 会被盲目地塞到节点上，资源紧张时最先被驱逐（BestEffort QoS）。',
	},
	'bp/memory-limit': {
		title: '未设置内存限制',
		explanation: '没有内存限制，泄漏的容器可能用光节点内存，导致其他 Pod 被杀死。（CPU 限制是另一种取舍：它会限流，很多团队选择不设。）',
	},
	'bp/readiness-probe': {
		title: '没有就绪探针',
		explanation: '没有 readinessProbe，容器一启动就被视为就绪：Service 会在它能响应之前就发请求过来，滚动更新也不会等新版本真正可用。',
	},
	'bp/liveness-probe': { title: '没有存活探针', explanation: 'livenessProbe 让 kubelet 能重启卡住却不退出的容器。请谨慎使用：过于严格的探针会在高负载时重启健康的容器。' },
	'bp/privileged': { title: '特权容器', explanation: '特权容器拥有全部 Linux 能力并能访问所有主机设备，逃逸到节点轻而易举。请只授予真正需要的具体能力。' },
	'bp/privilege-escalation': {
		title: '允许权限提升',
		explanation: '除非 allowPrivilegeEscalation 为 false，进程可以通过 setuid 程序获得更高权限。受限（restricted）Pod 安全标准要求设为 false。',
	},
	'bp/run-as-non-root': {
		title: '可能以 root 运行',
		explanation: '许多镜像默认以 root 运行。设置 runAsNonRoot: true 后，kubelet 会拒绝启动将以 UID 0 运行的容器，从而降低容器逃逸的危害。',
	},
	'bp/read-only-root-filesystem': { title: '根文件系统可写', explanation: '只读根文件系统能阻止攻击者修改程序或往容器里放工具。应用必须写入的地方请挂载 emptyDir 卷。' },
	'bp/dangerous-capabilities': {
		title: '危险的能力',
		explanation: 'SYS_ADMIN、NET_ADMIN、ALL 等能力让容器对节点或其网络拥有大部分 root 权力。只添加必需的能力，并先 drop ALL。',
	},
	'bp/host-namespaces': {
		title: '共享主机命名空间',
		explanation: 'hostNetwork、hostPID 和 hostIPC 让 Pod 进入节点自身的命名空间：可以嗅探节点流量、看到并向所有进程发信号、读取共享内存。只有节点代理才需要。',
	},
	'bp/host-path': {
		title: 'hostPath 卷',
		explanation: 'hostPath 把节点上的目录挂进 Pod：数据绑定在某个节点上，可写地挂错路径还会危及节点。请优先使用 PersistentVolumeClaim、ConfigMap 或 emptyDir。',
	},
	'bp/docker-socket': {
		title: '挂载了 Docker 套接字',
		explanation:
			'挂载 docker.sock 等于完全控制节点。自 Kubernetes 1.24 移除 dockershim 后，kubelet 改为与 containerd 或 CRI-O 通信，依赖通过 Docker 查看集群容器的工具将无法工作。',
	},
	'bp/secret-in-env': {
		title: '明文密钥',
		explanation: '名称看起来像密码或令牌的环境变量，其值直接写在了清单里。清单会进入 Git、CI 日志和 kubectl 输出；请把值放进 Secret，并使用 valueFrom.secretKeyRef。',
	},
};
