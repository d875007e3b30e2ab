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
	{ query: 'release history timeline', expect: '/introduction/history/' },
	{ query: 'playground', expect: '/' },
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
];
