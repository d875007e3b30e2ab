// ConfigMap and Secret, as kube-apiserver validates them (pkg/apis/core/validation/validation.go
// ValidateConfigMap, ValidateSecret). A v1 Secret's stringData is merged into data before validation (its
// values win: pkg/apis/core/v1 conversion), and its type defaults to Opaque (SetDefaults_Secret). Sizes are
// counted the way the server stores the values: data and binaryData decoded from base64, strings as UTF-8.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, dig, entries, reportAt, reportKey, rootLoc, str } from './net-values.ts';
import type { Entry, Loc } from './net-values.ts';
import { configMapKeyProblem } from './values.ts';

const CONFIG_MAP = 'pkg/apis/core/validation/validation.go ValidateConfigMap';
const SECRET = 'pkg/apis/core/validation/validation.go ValidateSecret';
/** core.MaxSecretSize, which also bounds ConfigMaps. */
const MAX_SIZE = 1024 * 1024;

export const rules: RuleInfo[] = [
	semanticRule('semantic/config-key', 'error', ['Invalid data key', '数据键无效'], [
		'Keys of a ConfigMap\'s data and binaryData and of a Secret\'s data and stringData become file names when mounted: letters, digits, "-", "_" and "." only, at most 253 characters, and not "." or "..", nor starting with "..".',
		'ConfigMap 的 data、binaryData 以及 Secret 的 data、stringData 的键在挂载时会成为文件名：只能包含字母、数字、“-”、“_”和“.”，最多 253 个字符，不能是“.”或“..”，也不能以“..”开头。',
	], `${CONFIG_MAP}, ValidateSecret`),
	semanticRule('semantic/configmap-duplicate-key', 'error', ['Key in both data and binaryData', '键同时出现在 data 和 binaryData 中'], [
		'A ConfigMap key may appear in data or in binaryData, not in both. (In a Secret, a key in both data and stringData is fine: the stringData value wins.)',
		'ConfigMap 的键只能出现在 data 或 binaryData 之一中，不能同时出现。（Secret 的键同时出现在 data 和 stringData 中是允许的：以 stringData 的值为准。）',
	], CONFIG_MAP),
	semanticRule('semantic/config-size', 'error', ['ConfigMap or Secret too large', 'ConfigMap 或 Secret 过大'], [
		'The values of a ConfigMap or Secret may total at most 1 MiB (1,048,576 bytes, counting base64 values decoded). Store large files elsewhere, e.g. in a volume or an image.',
		'ConfigMap 或 Secret 的值合计最多 1 MiB（1,048,576 字节，base64 值按解码后计算）。大文件请存放在别处，例如卷或镜像中。',
	], `${CONFIG_MAP}, ValidateSecret`),
	semanticRule('semantic/secret-type-keys', 'error', ['Secret type without its keys', 'Secret 缺少其类型所需的键'], [
		'Built-in Secret types need their keys: kubernetes.io/tls tls.crt and tls.key; kubernetes.io/dockerconfigjson .dockerconfigjson (JSON); kubernetes.io/dockercfg .dockercfg (JSON); kubernetes.io/basic-auth username or password; kubernetes.io/ssh-auth a non-empty ssh-privatekey; kubernetes.io/service-account-token the kubernetes.io/service-account.name annotation.',
		'内置的 Secret 类型需要对应的键：kubernetes.io/tls 需要 tls.crt 和 tls.key；kubernetes.io/dockerconfigjson 需要 .dockerconfigjson（JSON）；kubernetes.io/dockercfg 需要 .dockercfg（JSON）；kubernetes.io/basic-auth 需要 username 或 password；kubernetes.io/ssh-auth 需要非空的 ssh-privatekey；kubernetes.io/service-account-token 需要 kubernetes.io/service-account.name 注解。',
	], SECRET),
];

/** Bytes of a UTF-8 string. */
function utf8Length(value: string): number {
	let bytes = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/** Decoded length of base64 text (Go's decoder skips line breaks); undefined when it is not base64. */
function base64Length(value: string): number | undefined {
	const clean = value.replace(/[\r\n]/g, '');
	if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) return undefined;
	const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
	return (clean.length / 4) * 3 - padding;
}

function decodeBase64(value: string): string | undefined {
	try {
		const binary = atob(value.replace(/[\r\n]/g, ''));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder().decode(bytes);
	} catch {
		return undefined;
	}
}

function checkKeys(context: SemanticContext, section: Loc): void {
	for (const entry of entries(section)) {
		const problem = configMapKeyProblem(entry.name);
		if (problem) reportKey(context, 'semantic/config-key', text(`Key "${entry.name}" is invalid: it ${problem.en}.`, `键“${entry.name}”无效：${problem.zh}。`), entry);
	}
}

function sizeOfSection(section: Loc, encoded: boolean): number {
	let total = 0;
	for (const entry of entries(section)) {
		const value = str(entry);
		if (value === undefined) continue;
		total += encoded ? (base64Length(value) ?? 0) : utf8Length(value);
	}
	return total;
}

function reportSize(context: SemanticContext, kind: string, total: number): void {
	const root = rootLoc(context);
	context.report(
		'semantic/config-size',
		text(`This ${kind} holds ${total.toLocaleString('en-US')} bytes of data; the limit is 1 MiB (1,048,576 bytes).`, `这个 ${kind} 的数据共 ${total} 字节，超过了 1 MiB（1,048,576 字节）的上限。`),
		child(root, 'data').key ?? child(root, 'binaryData').key ?? child(root, 'stringData').key ?? child(root, 'kind').at,
		[],
	);
}

function validateConfigMap(context: SemanticContext): void {
	const root = rootLoc(context);
	const data = child(root, 'data');
	const binary = child(root, 'binaryData');
	checkKeys(context, data);
	checkKeys(context, binary);
	const binaryKeys = new Set(entries(binary).map((e) => e.name));
	for (const entry of entries(data)) {
		if (binaryKeys.has(entry.name)) reportKey(context, 'semantic/configmap-duplicate-key', text(`Key "${entry.name}" is in both data and binaryData; keep it in one of them.`, `键“${entry.name}”同时出现在 data 和 binaryData 中；请只保留在其中一处。`), entry);
	}
	const total = sizeOfSection(data, false) + sizeOfSection(binary, true);
	if (total > MAX_SIZE) reportSize(context, 'ConfigMap', total);
}

interface SecretValue {
	loc: Entry;
	/** The text as the server stores it (base64 decoded for data), or undefined when it cannot be decoded. */
	text(): string | undefined;
	bytes: number;
}

function validateSecret(context: SemanticContext): void {
	const root = rootLoc(context);
	const data = child(root, 'data');
	const stringData = child(root, 'stringData');
	checkKeys(context, data);
	checkKeys(context, stringData);
	// Convert_v1_Secret_To_core_Secret: stringData values overwrite data.
	const merged = new Map<string, SecretValue>();
	for (const entry of entries(data)) {
		const raw = str(entry);
		merged.set(entry.name, { loc: entry, text: () => (raw === undefined ? undefined : decodeBase64(raw)), bytes: raw === undefined ? 0 : (base64Length(raw) ?? 0) });
	}
	for (const entry of entries(stringData)) {
		const raw = str(entry);
		merged.set(entry.name, { loc: entry, text: () => raw, bytes: raw === undefined ? 0 : utf8Length(raw) });
	}
	let total = 0;
	for (const value of merged.values()) total += value.bytes;
	if (total > MAX_SIZE) reportSize(context, 'Secret', total);

	const typeLoc = child(root, 'type');
	const type = str(typeLoc) || 'Opaque';
	const rule = 'semantic/secret-type-keys';
	const where = typeLoc.at ?? child(root, 'kind').at;
	const missing = (keys: string[], how: 'all' | 'any') => {
		const absent = keys.filter((k) => !merged.has(k));
		if (how === 'any' ? absent.length < keys.length : absent.length === 0) return;
		const list = (how === 'any' ? keys : absent).join(how === 'any' ? '" or "' : '" and "');
		context.report(rule, text(`A Secret of type ${type} needs ${how === 'all' && absent.length > 1 ? 'the keys' : 'the key'} "${list}" in data or stringData.`, `类型为 ${type} 的 Secret 需要在 data 或 stringData 中提供键“${how === 'any' ? keys.join('”或“') : absent.join('”和“')}”。`), where, ['data']);
	};
	const json = (key: string) => {
		const entry = merged.get(key);
		if (!entry) return missing([key], 'all');
		const value = entry.text();
		if (value === undefined) return; // not base64: the schema layer says so
		let parsed: unknown;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			reportAt(context, rule, text(`"${key}" must be well-formed JSON (${error instanceof Error ? error.message : 'parse error'}).`, `“${key}”必须是格式正确的 JSON（${error instanceof Error ? error.message : '解析错误'}）。`), entry.loc);
			return;
		}
		if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
			reportAt(context, rule, text(`"${key}" must be a JSON object such as {"auths": {…}}, not ${Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}.`, `“${key}”必须是 JSON 对象，例如 {"auths": {…}}，而不是${Array.isArray(parsed) ? '数组' : typeof parsed === 'string' ? '字符串' : typeof parsed === 'number' ? '数字' : '布尔值'}。`), entry.loc);
		}
	};
	switch (type) {
		case 'kubernetes.io/service-account-token': {
			const annotation = child(dig(root, 'metadata', 'annotations'), 'kubernetes.io/service-account.name');
			if (!str(annotation)) context.report(rule, text('A Secret of type kubernetes.io/service-account-token needs the annotation kubernetes.io/service-account.name: the ServiceAccount whose token it holds.', '类型为 kubernetes.io/service-account-token 的 Secret 需要注解 kubernetes.io/service-account.name：它所保存令牌的 ServiceAccount。'), annotation.at ?? where, ['metadata', 'annotations', 'kubernetes.io/service-account.name']);
			break;
		}
		case 'kubernetes.io/dockercfg':
			json('.dockercfg');
			break;
		case 'kubernetes.io/dockerconfigjson':
			json('.dockerconfigjson');
			break;
		case 'kubernetes.io/basic-auth':
			missing(['username', 'password'], 'any');
			break;
		case 'kubernetes.io/ssh-auth': {
			const entry = merged.get('ssh-privatekey');
			if (!entry) missing(['ssh-privatekey'], 'all');
			else if (entry.bytes === 0 && str(entry.loc) !== undefined) reportAt(context, rule, text('"ssh-privatekey" may not be empty.', '“ssh-privatekey”不能为空。'), entry.loc);
			break;
		}
		case 'kubernetes.io/tls':
			missing(['tls.crt', 'tls.key'], 'all');
			break;
	}
}

export const validators: Record<string, SemanticValidator> = {
	'/ConfigMap': validateConfigMap,
	'/Secret': validateSecret,
};
