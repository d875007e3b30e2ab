// Golden queries: what a reader types, and the page that must come back in the top three.
// Add at least one English and one Chinese query for every new chapter.
export interface GoldenQuery {
	query: string;
	/** Path of the page that must be among the first three results. */
	expect: string;
}

export const englishQueries: GoldenQuery[] = [
	{ query: 'dockershim', expect: '/introduction/history/' },
	{ query: 'cri-dockerd', expect: '/introduction/history/' },
	{ query: 'containerd donated', expect: '/introduction/history/' },
	{ query: 'Mirantis', expect: '/introduction/history/' },
	{ query: 'Cloud Native Computing Foundation', expect: '/introduction/history/' },
	{ query: 'Container Runtime Interface', expect: '/introduction/history/' },
	{ query: 'rkt CoreOS', expect: '/introduction/history/' },
	{ query: '1.23.17', expect: '/introduction/history/' },
	{ query: 'Docker Swarm', expect: '/introduction/history/' },
	{ query: 'Uwubernetes', expect: '/introduction/history/' },
	{ query: 'timeline Docker Kubernetes', expect: '/introduction/history/' },
	{ query: 'playground', expect: '/' },
	{ query: 'canary rollback desired state', expect: '/introduction/what-kubernetes-does/' },
	{ query: 'horizontal pod autoscaler', expect: '/introduction/what-kubernetes-does/' },
	{ query: 'Docker alone cross-host networking', expect: '/introduction/why-kubernetes/' },
	{ query: 'control plane worker node etcd', expect: '/architecture/overview/' },
	{ query: 'kube-scheduler ports', expect: '/architecture/overview/' },
	{ query: 'service cidr pod network cidr overlap', expect: '/networking/three-networks/' },
	{ query: 'node-cidr-mask-size', expect: '/networking/three-networks/' },
	{ query: 'Container Network Interface plugin', expect: '/networking/cni/' },
	{ query: 'Flannel VXLAN', expect: '/networking/cni/' },
];

export const chineseQueries: GoldenQuery[] = [
	{ query: 'dockershim', expect: '/zh-cn/introduction/history/' },
	{ query: '容器运行时', expect: '/zh-cn/introduction/history/' },
	{ query: '云原生计算基金会', expect: '/zh-cn/introduction/history/' },
	{ query: '容器运行时接口', expect: '/zh-cn/introduction/history/' },
	{ query: '弃用', expect: '/zh-cn/introduction/history/' },
	{ query: '收购', expect: '/zh-cn/introduction/history/' },
	{ query: '镜像仓库', expect: '/zh-cn/introduction/history/' },
	{ query: '补丁版本', expect: '/zh-cn/introduction/history/' },
	{ query: '时间线', expect: '/zh-cn/introduction/history/' },
	{ query: '编排', expect: '/zh-cn/introduction/history/' },
	{ query: '演练场', expect: '/zh-cn/' },
	{ query: '金丝雀发布 回滚', expect: '/zh-cn/introduction/what-kubernetes-does/' },
	{ query: '仅靠 Docker 跨主机网络', expect: '/zh-cn/introduction/why-kubernetes/' },
	{ query: '控制平面 工作节点', expect: '/zh-cn/architecture/overview/' },
	{ query: 'Service 网段', expect: '/zh-cn/networking/three-networks/' },
	{ query: '网络插件 Flannel Calico', expect: '/zh-cn/networking/cni/' },
];
