// 简体中文 words of src/lib/manifest/check-best-practice.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/check-best-practice.ts';

export const messages: CatalogueLike<typeof en> = {
	'bp/host-namespaces': (p) => `${p.namespace}: true 让 Pod 共享节点的命名空间，可以看到并访问节点的网络或进程。`,
	'bp/docker-socket': (p) =>
		`挂载 ${p.path} 等于给了 Pod 节点的 root 权限。${p.hasRemoved ? `自 Kubernetes 1.24（移除 dockershim）起，kubelet 不再通过 Docker 运行容器，这个套接字通常不存在，或看不到集群的容器。` : `Kubernetes 1.24 将移除 dockershim，之后该套接字将看不到集群的容器。`}`,
	'bp/host-path': (p) => `hostPath 卷${p.hasPath ? `“${p.path}”` : ``}把节点文件系统暴露给 Pod，并把 Pod 绑定在某个节点上。`,
	'bp/run-as-non-root': () => `runAsUser: 0 会以 root 身份运行容器。`,
	'bp/image-tag': (p) => `镜像“${p.image}”没有标签，等同于 :latest——每次 Pod 重启都可能换成别的版本。请固定版本标签或摘要。`,
	'bp/image-tag:image-uses-latest-the-version': (p) => `镜像“${p.image}”使用 :latest——每次 Pod 重启都可能换成别的版本。请固定版本标签或摘要。`,
	'bp/resource-requests': (p) => `容器“${p.name}”没有设置 CPU/内存 requests：调度器无法合理安排它，资源紧张时它最先被驱逐。`,
	'bp/memory-limit': (p) => `容器“${p.name}”没有内存限制：一旦内存泄漏，会挤占节点上其他一切的内存。`,
	'bp/readiness-probe': (p) => `容器“${p.name}”没有 readinessProbe：无论是否就绪，一启动 Service 就会把流量发给它。`,
	'bp/liveness-probe': (p) => `容器“${p.name}”没有 livenessProbe：如果它卡住但不退出，没有谁会重启它。`,
	'bp/privileged': (p) => `容器“${p.name}”是特权容器：拥有全部能力和所有主机设备，相当于节点上的 root。`,
	'bp/privilege-escalation': (p) => `容器“${p.name}”没有设置 allowPrivilegeEscalation: false，setuid 程序可以获得比启动时更多的权限。`,
	'bp/run-as-non-root:container-runs-as-root-run-as-user': (p) => `容器“${p.name}”以 root 身份运行（runAsUser: 0）。`,
	'bp/run-as-non-root:container-explicitly-allows-running-as': (p) => `容器“${p.name}”明确允许以 root 身份运行。`,
	'bp/run-as-non-root:container-may-run-as-root': (p) =>
		`容器“${p.name}”可能以 root 运行：请在 Pod 或容器的 securityContext 中设置 runAsNonRoot: true，这样 kubelet 会拒绝以 root 运行的镜像。`,
	'bp/read-only-root-filesystem': (p) => `容器“${p.name}”可以写入根文件系统；设置 readOnlyRootFilesystem: true（需要写的地方用 emptyDir 卷）可以限制攻击者能改动的内容。`,
	'bp/dangerous-capabilities': (p) => `能力 ${p.value} 让容器“${p.name}”对节点或其网络拥有接近 root 的权力。`,
	'bp/secret-in-env': (p) => `${p.name} 以明文写在清单里；能读取该对象（或其 Git 历史）的人都能看到。请改用 valueFrom.secretKeyRef。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
