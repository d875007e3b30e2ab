// Kubernetes object-name and label syntax, after apimachinery's validation package:
// https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go
import { parseCidr } from '../cidr/index.ts';
import { message, type ManifestMessage } from './message.ts';

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export type NameRule = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment' | 'ip-address';

// The DNS-style rules differ only in their length limit, pattern and wording.
const dnsRules: Record<Exclude<NameRule, 'path-segment' | 'ip-address'>, { max: number; pattern: RegExp; what: ManifestMessage }> = {
	'dns1123-label': {
		max: 63,
		pattern: dns1123Label,
		what: message('fragment/what'),
	},
	'dns1035-label': {
		max: 63,
		pattern: dns1035Label,
		what: message('fragment/what:must-be-a-dns-1035-label'),
	},
	'dns1123-subdomain': {
		max: 253,
		pattern: dns1123Subdomain,
		what: message('fragment/what:must-be-a-dns-1123-subdomain'),
	},
};

/** Returns why a name is invalid under a rule, or undefined when it is fine. */
export function nameProblem(name: string, rule: NameRule): ManifestMessage | undefined {
	switch (rule) {
		case 'dns1123-label':
		case 'dns1035-label':
		case 'dns1123-subdomain': {
			const { max, pattern, what } = dnsRules[rule];
			if (name.length > max) return message('fragment/name-problem', { max, nameCount: name.length });
			return pattern.test(name) ? undefined : what;
		}
		case 'path-segment':
			if (name === '.' || name === '..') return message('fragment/name-problem:may-not-be-or');
			if (/[/%]/.test(name)) return message('fragment/name-problem:may-not-contain-or');
			return undefined;
		case 'ip-address': {
			// pkg/apis/networking/validation/validation.go ValidateIPAddressName: an IP in canonical form.
			const parsed = parseCidr(`${name}/${name.includes(':') ? 128 : 32}`);
			if (!parsed.ok) return message('fragment/name-problem:must-be-an-ip-address');
			const canonical = parsed.cidr.text.replace(/\/\d+$/, '');
			return canonical === name ? undefined : message('fragment/name-problem:must-be-the-ip-address', { canonical });
		}
	}
}

/** Label and annotation keys: an optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export function qualifiedNameProblem(key: string): ManifestMessage | undefined {
	const slash = key.indexOf('/');
	const prefix = slash === -1 ? undefined : key.slice(0, slash);
	const name = slash === -1 ? key : key.slice(slash + 1);
	if (prefix !== undefined) {
		if (prefix.length === 0) return message('fragment/qualified-name-problem');
		const problem = nameProblem(prefix, 'dns1123-subdomain');
		if (problem) return message('fragment/qualified-name-problem:prefix', { prefix, problem });
	}
	if (name.length === 0) return message('fragment/qualified-name-problem:the-name-part-is-empty');
	if (name.length > 63) return message('fragment/qualified-name-problem:the-name-part-must-be', { nameCount: name.length });
	if (!qualifiedNamePart.test(name)) return message('fragment/qualified-name-problem:the-name-part-may-contain');
	return undefined;
}

export function labelValueProblem(value: string): ManifestMessage | undefined {
	if (value.length > 63) return message('fragment/label-value-problem', { valueCount: value.length });
	if (!labelValue.test(value)) return message('fragment/label-value-problem:may-contain-only-letters-digits');
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
