// The kubeadm configuration reader's messages in Simplified Chinese: the same ids and parameters as en.ts.
import type { CatalogueLike } from '../../i18n/index.ts';
import type { en } from './en.ts';

export const zh: CatalogueLike<typeof en> = {
	'kubeadm/not-a-value': (p) => `这里应是单个值，而不是${p.shape === 'list' ? '列表' : '映射'}。`,
	'kubeadm/expects-string': (p) => `kubeadm 把这个值当作字符串读取，不接受数字 ${p.text}：请加上引号（"${p.text}"）。`,
	'kubelet/expects-integer': (p) => `kubelet 把 maxPods 当作数字读取，不接受字符串 "${p.text}"：请去掉引号。`,
	'kubeadm/duplicate-document': (p) => `第二个 ${p.kind}：同一种 kind 出现两次的文件会被 kubeadm 拒绝。演练场只读取第一个。`,
	'kubeadm/not-a-map': () => 'networking 必须是字段映射。',
	'kubeadm/extra-args-shape:map': (p) => `${p.apiVersion} 中 extraArgs 写成映射（参数: "值"），而不是列表。`,
	'kubeadm/extra-args-shape:list': (p) => `${p.apiVersion} 中 extraArgs 写成 name/value 列表，而不是映射。`,
	'kubeadm/unknown-field': (p) =>
		`${p.parent} 中的未知字段“${p.name}”${p.suggestion ? `——你是想写“${p.suggestion}”吗？` : '。'}kubeadm init 只给出警告并忽略它，所以它的值不会生效；kubeadm config validate 会拒绝它。`,
	'kubeadm/no-cluster-configuration': () => '没有找到 kubeadm ClusterConfiguration（apiVersion: kubeadm.k8s.io/v1beta4，kind: ClusterConfiguration）：表单保留原来的规划。',
};
