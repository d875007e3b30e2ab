// ConfigMap and Secret, as kube-apiserver validates them (pkg/apis/core/validation/validation.go
// ValidateConfigMap, ValidateSecret). A v1 Secret's stringData is merged into data before validation (its
// values win: pkg/apis/core/v1 conversion), and its type defaults to Opaque (SetDefaults_Secret). Sizes are
// counted the way the server stores the values: data and binaryData decoded from base64, strings as UTF-8.
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { child, dig, entries, reportAt, reportKey, rootLoc, str } from './net-values.ts';
import type { Entry, Loc } from './net-values.ts';
import { configMapKeyProblem } from './values.ts';
import { message } from '../message.ts';

const CONFIG_MAP = 'pkg/apis/core/validation/validation.go ValidateConfigMap';
const SECRET = 'pkg/apis/core/validation/validation.go ValidateSecret';
/** core.MaxSecretSize, which also bounds ConfigMaps. */
const MAX_SIZE = 1024 * 1024;

export const rules = [
	semanticRule('semantic/config-key', 'error', `${CONFIG_MAP}, ValidateSecret`),
	semanticRule('semantic/configmap-duplicate-key', 'error', CONFIG_MAP),
	semanticRule('semantic/config-size', 'error', `${CONFIG_MAP}, ValidateSecret`),
	semanticRule('semantic/secret-type-keys', 'error', SECRET),
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
		if (problem) reportKey(context, 'semantic/config-key', message('semantic/config-key', { name: entry.name, problem }), entry);
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
		message('semantic/config-size', { kind, total }),
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
		if (binaryKeys.has(entry.name)) reportKey(context, 'semantic/configmap-duplicate-key', message('semantic/configmap-duplicate-key', { name: entry.name }), entry);
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
		context.report(rule, message('semantic/secret-type-keys', { type, anyOf: how === 'any', keys: how === 'any' ? keys : absent }), where, ['data']);
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
			reportAt(
				context,
				rule,
				message('semantic/secret-type-keys:must-be-well-formed-json', { key, hasValue: error instanceof Error, message: error instanceof Error ? error.message : undefined }),
				entry.loc,
			);
			return;
		}
		if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
			reportAt(
				context,
				rule,
				message('semantic/secret-type-keys:must-be-a-json-object', {
					key,
					hasArray: Array.isArray(parsed),
					value: typeof parsed,
					hasValue: typeof parsed === 'string',
					hasValue2: typeof parsed === 'number',
				}),
				entry.loc,
			);
		}
	};
	switch (type) {
		case 'kubernetes.io/service-account-token': {
			const annotation = child(dig(root, 'metadata', 'annotations'), 'kubernetes.io/service-account.name');
			if (!str(annotation))
				context.report(rule, message('semantic/secret-type-keys:a-secret-of-type-kubernetes-io-service-a'), annotation.at ?? where, [
					'metadata',
					'annotations',
					'kubernetes.io/service-account.name',
				]);
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
			else if (entry.bytes === 0 && str(entry.loc) !== undefined) reportAt(context, rule, message('semantic/secret-type-keys:ssh-privatekey-may-not-be-empty'), entry.loc);
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
