// Kubernetes object-name and label syntax, after apimachinery's validation package:
// https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go
import { parseCidr } from '../cidr/index.ts';
import { text } from './text.ts';
import type { LocalizedText } from './types.ts';

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export type NameRule = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment' | 'ip-address';

// The DNS-style rules differ only in their length limit, pattern and wording.
const dnsRules: Record<Exclude<NameRule, 'path-segment' | 'ip-address'>, { max: number; pattern: RegExp; what: LocalizedText }> = {
	'dns1123-label': {
		max: 63,
		pattern: dns1123Label,
		what: text(
			'must be a DNS-1123 label: lowercase letters, digits and "-", starting and ending with a letter or digit',
			'必须是 DNS-1123 标签：只能包含小写字母、数字和“-”，并以字母或数字开头和结尾',
		),
	},
	'dns1035-label': {
		max: 63,
		pattern: dns1035Label,
		what: text(
			'must be a DNS-1035 label: lowercase letters, digits and "-", starting with a letter and ending with a letter or digit',
			'必须是 DNS-1035 标签：只能包含小写字母、数字和“-”，以字母开头，以字母或数字结尾',
		),
	},
	'dns1123-subdomain': {
		max: 253,
		pattern: dns1123Subdomain,
		what: text(
			'must be a DNS-1123 subdomain: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit',
			'必须是 DNS-1123 子域名：只能包含小写字母、数字、“-”和“.”，并以字母或数字开头和结尾',
		),
	},
};

/** Returns why a name is invalid under a rule, or undefined when it is fine. */
export function nameProblem(name: string, rule: NameRule): LocalizedText | undefined {
	switch (rule) {
		case 'dns1123-label':
		case 'dns1035-label':
		case 'dns1123-subdomain': {
			const { max, pattern, what } = dnsRules[rule];
			if (name.length > max) return text(`must be at most ${max} characters (it has ${name.length})`, `最多 ${max} 个字符（现有 ${name.length} 个）`);
			return pattern.test(name) ? undefined : what;
		}
		case 'path-segment':
			if (name === '.' || name === '..') return text('may not be "." or ".."', '不能是“.”或“..”');
			if (/[/%]/.test(name)) return text('may not contain "/" or "%"', '不能包含“/”或“%”');
			return undefined;
		case 'ip-address': {
			// pkg/apis/networking/validation/validation.go ValidateIPAddressName: an IP in canonical form.
			const parsed = parseCidr(`${name}/${name.includes(':') ? 128 : 32}`);
			if (!parsed.ok) return text('must be an IP address', '必须是 IP 地址');
			const canonical = parsed.cidr.text.replace(/\/\d+$/, '');
			return canonical === name ? undefined : text(`must be the IP address in canonical form, "${canonical}"`, `必须是规范形式的 IP 地址“${canonical}”`);
		}
	}
}

/** Label and annotation keys: an optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export function qualifiedNameProblem(key: string): LocalizedText | undefined {
	const slash = key.indexOf('/');
	const prefix = slash === -1 ? undefined : key.slice(0, slash);
	const name = slash === -1 ? key : key.slice(slash + 1);
	if (prefix !== undefined) {
		if (prefix.length === 0) return text('the prefix before "/" is empty', '“/”前的前缀为空');
		const problem = nameProblem(prefix, 'dns1123-subdomain');
		if (problem) return text(`prefix "${prefix}" ${problem.en}`, `前缀“${prefix}”${problem.zh}`);
	}
	if (name.length === 0) return text('the name part is empty', '名称部分为空');
	if (name.length > 63) return text(`the name part must be at most 63 characters (it has ${name.length})`, `名称部分最多 63 个字符（现有 ${name.length} 个）`);
	if (!qualifiedNamePart.test(name))
		return text(
			'the name part may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit',
			'名称部分只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾',
		);
	return undefined;
}

export function labelValueProblem(value: string): LocalizedText | undefined {
	if (value.length > 63) return text(`must be at most 63 characters (it has ${value.length})`, `最多 63 个字符（现有 ${value.length} 个）`);
	if (!labelValue.test(value))
		return text(
			'may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit (or be empty)',
			'只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾（也可以为空）',
		);
	return undefined;
}

// Which rule a kind's metadata.name follows; every other kind uses a DNS-1123 subdomain.
const nameRuleByKind: Record<string, NameRule> = {
	Namespace: 'dns1123-label',
	Service: 'dns1035-label',
	Role: 'path-segment',
	ClusterRole: 'path-segment',
	RoleBinding: 'path-segment',
	ClusterRoleBinding: 'path-segment',
	IPAddress: 'ip-address',
};

export function nameRuleFor(kind: string): NameRule {
	// Own properties only: a kind named "constructor" must not find Object.prototype's.
	return Object.hasOwn(nameRuleByKind, kind) ? nameRuleByKind[kind]! : 'dns1123-subdomain';
}
