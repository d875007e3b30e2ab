// 简体中文 words of src/lib/manifest/semantic/config-data.ts (same ids and params as the English file).
import { formatNumber, list } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/config-data.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/config-key': (p) => `键“${p.name}”无效：${p.problem}。`,
	'semantic/config-size': (p) => `这个 ${p.kind} 的数据共 ${formatNumber('zh', p.total)} 字节，超过了 1 MiB（1,048,576 字节）的上限。`,
	'semantic/configmap-duplicate-key': (p) => `键“${p.name}”同时出现在 data 和 binaryData 中；请只保留在其中一处。`,
	'semantic/secret-type-keys': (p) =>
		`类型为 ${p.type} 的 Secret 需要在 data 或 stringData 中提供键${list(
			'zh',
			p.keys.map((k) => `“${k}”`),
			p.anyOf ? 'or' : 'and',
		)}。`,
	'semantic/secret-type-keys:must-be-well-formed-json': (p) => `“${p.key}”必须是格式正确的 JSON（${p.hasValue ? p.message : `解析错误`}）。`,
	'semantic/secret-type-keys:must-be-a-json-object': (p) =>
		`“${p.key}”必须是 JSON 对象，例如 {"auths": {…}}，而不是${p.hasArray ? `数组` : p.hasValue ? `字符串` : p.hasValue2 ? `数字` : `布尔值`}。`,
	'semantic/secret-type-keys:a-secret-of-type-kubernetes-io-service-a': () =>
		`类型为 kubernetes.io/service-account-token 的 Secret 需要注解 kubernetes.io/service-account.name：它所保存令牌的 ServiceAccount。`,
	'semantic/secret-type-keys:ssh-privatekey-may-not-be-empty': () => `“ssh-privatekey”不能为空。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/config-key': {
		title: '数据键无效',
		explanation:
			'ConfigMap 的 data、binaryData 以及 Secret 的 data、stringData 的键在挂载时会成为文件名：只能包含字母、数字、“-”、“_”和“.”，最多 253 个字符，不能是“.”或“..”，也不能以“..”开头。',
	},
	'semantic/configmap-duplicate-key': {
		title: '键同时出现在 data 和 binaryData 中',
		explanation: 'ConfigMap 的键只能出现在 data 或 binaryData 之一中，不能同时出现。（Secret 的键同时出现在 data 和 stringData 中是允许的：以 stringData 的值为准。）',
	},
	'semantic/config-size': {
		title: 'ConfigMap 或 Secret 过大',
		explanation: 'ConfigMap 或 Secret 的值合计最多 1 MiB（1,048,576 字节，base64 值按解码后计算）。大文件请存放在别处，例如卷或镜像中。',
	},
	'semantic/secret-type-keys': {
		title: 'Secret 缺少其类型所需的键',
		explanation:
			'内置的 Secret 类型需要对应的键：kubernetes.io/tls 需要 tls.crt 和 tls.key；kubernetes.io/dockerconfigjson 需要 .dockerconfigjson（JSON）；kubernetes.io/dockercfg 需要 .dockercfg（JSON）；kubernetes.io/basic-auth 需要 username 或 password；kubernetes.io/ssh-auth 需要非空的 ssh-privatekey；kubernetes.io/service-account-token 需要 kubernetes.io/service-account.name 注解。',
	},
};
