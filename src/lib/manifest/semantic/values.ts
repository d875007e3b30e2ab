// Generic value checks the API server's validation code shares, after k8s.io/apimachinery:
// pkg/util/validation/validation.go (names, ports, env var names, IPs), pkg/util/intstr (int-or-string,
// percentages) and pkg/api/resource (quantities). Values are read the way the server reads them: a YAML
// number goes to the server as a JSON number, so `cpu: 0.5` and `cpu: "0.5"` are the same quantity.
// Append-only: other modules (and other branches) import these names.
import { isScalar } from 'yaml';
import type { Node } from 'yaml';
import { labelValueProblem, nameProblem, qualifiedNameProblem } from '../naming-rules.ts';
import { resolve, scalarValue } from '../yaml-access.ts';
import { message, type ManifestMessage } from '../message.ts';

export { labelValueProblem, nameProblem, qualifiedNameProblem };

// ---------------------------------------------------------------------------------------------- names

const dns1123LabelPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123SubdomainPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035LabelPattern = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** IsDNS1123Label: at most 63 characters of [a-z0-9-], alphanumeric at both ends. */
export function isDNS1123Label(value: string): boolean {
	return value.length <= 63 && dns1123LabelPattern.test(value);
}

/** IsDNS1123Subdomain: at most 253 characters, dot-separated DNS-1123 labels. */
export function isDNS1123Subdomain(value: string): boolean {
	return value.length <= 253 && dns1123SubdomainPattern.test(value);
}

/** IsDNS1035Label: at most 63 characters, starts with a letter. */
export function isDNS1035Label(value: string): boolean {
	return value.length <= 63 && dns1035LabelPattern.test(value);
}

/** IsCIdentifier: [A-Za-z_][A-Za-z0-9_]*. */
export function isCIdentifier(value: string): boolean {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value);
}

/** IsQualifiedName (label keys, annotation keys, condition types …). */
export function isQualifiedName(value: string): boolean {
	return qualifiedNameProblem(value) === undefined;
}

/** hasChDirPrefix: "." and ".." and anything starting with ".." would change directory. */
function chDirProblem(value: string): ManifestMessage | undefined {
	if (value === '.') return message('fragment/ch-dir-problem');
	if (value === '..') return message('fragment/ch-dir-problem:must-not-be');
	if (value.startsWith('..')) return message('fragment/ch-dir-problem:must-not-start-with');
	return undefined;
}

/** IsEnvVarName (the strict form, used where RelaxedEnvironmentVariableValidation does not apply). */
export function envVarNameProblem(value: string): ManifestMessage | undefined {
	if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(value)) return message('fragment/env-var-name-problem');
	return chDirProblem(value);
}

/** IsRelaxedEnvVarName: any printable ASCII character except "=" (RelaxedEnvironmentVariableValidation, GA in 1.34). */
export function relaxedEnvVarNameProblem(value: string): ManifestMessage | undefined {
	if (value.length === 0) return message('fragment/relaxed-env-var-name-problem');
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 32 || c > 126 || c === 61) return message('fragment/relaxed-env-var-name-problem:must-consist-of-printable-ascii');
	}
	return undefined;
}

/** IsConfigMapKey: [-._a-zA-Z0-9]+, at most 253 characters, not "." or "..", not starting with "..". */
export function configMapKeyProblem(value: string): ManifestMessage | undefined {
	if (value.length > 253) return message('fragment/config-map-key-problem', { valueCount: value.length });
	if (!/^[-._a-zA-Z0-9]+$/.test(value)) return message('fragment/config-map-key-problem:must-consist-of-letters-digits');
	return chDirProblem(value);
}

// ---------------------------------------------------------------------------------------------- ports

/** IsValidPortNum: 1–65535. */
export function isValidPortNum(port: number): boolean {
	return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/** IsValidPortName (IANA_SVC_NAME): at most 15 of [a-z0-9-], at least one letter, no "--", no "-" at either end. */
export function portNameProblem(name: string): ManifestMessage | undefined {
	if (name.length > 15) return message('fragment/port-name-problem', { nameCount: name.length });
	if (!/^[-a-z0-9]+$/.test(name)) return message('fragment/port-name-problem:must-contain-only-lowercase-letters');
	if (!/[a-z]/.test(name)) return message('fragment/port-name-problem:must-contain-at-least-one');
	if (name.includes('--')) return message('fragment/port-name-problem:must-not-contain-consecutive-hyphens');
	if (name.startsWith('-') || name.endsWith('-')) return message('fragment/port-name-problem:must-not-begin-or-end');
	return undefined;
}

export function isValidPortName(name: string): boolean {
	return portNameProblem(name) === undefined;
}

// ------------------------------------------------------------------------------------------------ IPs

/** IPv4 the way netutils.ParseIPSloppy reads it (leading zeros tolerated, as the API server still does for legacy values). */
function isIPv4(value: string): boolean {
	const parts = value.split('.');
	if (parts.length !== 4) return false;
	return parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(value: string): boolean {
	if (value.includes('%')) return false; // zones are not IPs the API accepts
	let body = value;
	let groupsNeeded = 8;
	const lastColon = body.lastIndexOf(':');
	if (lastColon !== -1 && body.slice(lastColon + 1).includes('.')) {
		if (!isIPv4(body.slice(lastColon + 1))) return false;
		body = body.slice(0, lastColon + 1) + '0:0';
	}
	const double = body.indexOf('::');
	if (double !== -1 && body.indexOf('::', double + 1) !== -1) return false;
	const group = /^[0-9a-fA-F]{1,4}$/;
	if (double === -1) {
		const groups = body.split(':');
		return groups.length === groupsNeeded && groups.every((g) => group.test(g));
	}
	const head = body.slice(0, double);
	const tail = body.slice(double + 2);
	const headGroups = head === '' ? [] : head.split(':');
	const tailGroups = tail === '' ? [] : tail.split(':');
	if (![...headGroups, ...tailGroups].every((g) => group.test(g))) return false;
	groupsNeeded -= 1;
	return headGroups.length + tailGroups.length <= groupsNeeded;
}

/** IsValidIP: an IPv4 or IPv6 address. */
export function isValidIP(value: string): boolean {
	return isIPv4(value) || isIPv6(value);
}

export function isValidIPv4(value: string): boolean {
	return isIPv4(value);
}

export function isValidIPv6(value: string): boolean {
	return !isIPv4(value) && isIPv6(value);
}

// -------------------------------------------------------------------------------------- int-or-string

export type IntOrString = { type: 'int'; value: number } | { type: 'string'; value: string };

/** An intstr.IntOrString field as the server decodes it: a JSON number is an int, a string is a string. */
export function readIntOrString(node: unknown): IntOrString | undefined {
	const value = scalarValue(node);
	if (typeof value === 'number') return Number.isInteger(value) ? { type: 'int', value } : undefined;
	if (typeof value === 'string') return { type: 'string', value };
	return undefined;
}

/** IsValidPercent: digits followed by "%". */
export function isValidPercent(value: string): boolean {
	return /^[0-9]+%$/.test(value);
}

/**
 * intstr.GetScaledValueFromIntOrPercent: an int as is; "N%" of total, rounded up or down; undefined for
 * a string that is not a percentage (the caller reports that).
 */
export function scaledIntOrPercent(value: IntOrString, total: number, roundUp: boolean): number | undefined {
	if (value.type === 'int') return value.value;
	if (!isValidPercent(value.value)) return undefined;
	const percent = Number(value.value.slice(0, -1));
	return roundUp ? Math.ceil((percent * total) / 100) : Math.floor((percent * total) / 100);
}

/** An integer scalar (int32/int64 fields); undefined for anything else. */
export function readInteger(node: unknown): number | undefined {
	const value = scalarValue(node);
	return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** A boolean scalar; undefined for anything else. */
export function readBoolean(node: unknown): boolean | undefined {
	const value = scalarValue(node);
	return typeof value === 'boolean' ? value : undefined;
}

// ------------------------------------------------------------------------------------------ quantities

/** An exact resource.Quantity: num / den, with den a power of ten. */
export interface Quantity {
	num: bigint;
	den: bigint;
	/** The text the value was read from (for messages). */
	text: string;
}

const quantitySyntax = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const binaryPowers: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimalPowers: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
/** Exponents beyond this are not compared (they are legal but no request needs them; bigint would grow huge). */
const MAX_EXPONENT = 400;

/** resource.ParseQuantity, exactly: undefined when the server would refuse the string (or it is absurdly large). */
export function parseQuantity(input: string): Quantity | undefined {
	const match = quantitySyntax.exec(input);
	if (!match) return undefined;
	const [, sign = '', whole = '', fraction = '', suffix = ''] = match;
	if (whole === '' && fraction === '') return undefined;
	if (whole === '' && !input.includes('.')) return undefined;
	let num = BigInt((whole || '0') + fraction);
	let exponent = -fraction.length;
	let den = 1n;
	if (Object.hasOwn(binaryPowers, suffix)) num *= 1n << BigInt(binaryPowers[suffix]!);
	else if (Object.hasOwn(decimalPowers, suffix)) exponent += decimalPowers[suffix]!;
	else exponent += Number(suffix.slice(1));
	if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
	if (exponent >= 0) num *= 10n ** BigInt(exponent);
	else den = 10n ** BigInt(-exponent);
	if (sign === '-') num = -num;
	return { num, den, text: input };
}

/** A quantity field's value: a string, or a YAML number (sent to the server as a JSON number). */
export function readQuantity(node: unknown): Quantity | undefined {
	const target = resolve(node);
	if (!isScalar(target)) return undefined;
	const value = target.value;
	if (typeof value === 'string') return parseQuantity(value);
	if (typeof value === 'number' && Number.isFinite(value)) {
		const parsed = parseQuantity(numberText(value));
		return parsed ? { ...parsed, text: String((target as { source?: string }).source ?? value) } : undefined;
	}
	return undefined;
}

/** A JS number as a decimal string without exponent rounding surprises ("1e+21" -> "1e21"). */
function numberText(value: number): string {
	return String(value).replace('e+', 'e');
}

/** -1, 0 or 1, exactly (Quantity.Cmp). */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
	const left = a.num * b.den;
	const right = b.num * a.den;
	return left < right ? -1 : left > right ? 1 : 0;
}

export function isNegativeQuantity(q: Quantity): boolean {
	return q.num < 0n;
}

export function isZeroQuantity(q: Quantity): boolean {
	return q.num === 0n;
}

/** Quantity.MilliValue: the value in thousandths, rounded up (away from zero, as ScaledValue does). */
export function quantityMilliValue(q: Quantity): bigint {
	const scaled = q.num * 1000n;
	const quotient = scaled / q.den;
	return scaled % q.den === 0n ? quotient : quotient + (scaled > 0n ? 1n : -1n);
}

/** The integer test ValidateResourceQuantityValue applies to integer resources: MilliValue() % 1000 == 0. */
export function isIntegerQuantity(q: Quantity): boolean {
	return quantityMilliValue(q) % 1000n === 0n;
}

/** The exact value as a bigint when it is a whole number, else undefined. */
export function quantityInteger(q: Quantity): bigint | undefined {
	return q.num % q.den === 0n ? q.num / q.den : undefined;
}

// ----------------------------------------------------------------------------------------- file modes

/** 0777: the largest file mode validateProjectionSources / ValidateVolumes accept. */
export const MAX_FILE_MODE = 0o777;

/** A mode as octal with a leading 0, the way people write it ("0644"). */
export function formatOctal(mode: number): string {
	return mode >= 0 ? `0${mode.toString(8)}` : `-0${(-mode).toString(8)}`;
}

/**
 * The problem with a defaultMode/mode, or undefined: it must be 0–0777 (0–511). In YAML 1.1 (as the
 * server reads YAML) 0644 is octal, while 644 is decimal 644 — more than 0777.
 */
export function fileModeProblem(node: Node | undefined): ManifestMessage | undefined {
	const mode = readInteger(node);
	if (mode === undefined || (mode >= 0 && mode <= MAX_FILE_MODE)) return undefined;
	const source = String((resolve(node) as { source?: string } | undefined)?.source ?? mode);
	const hint =
		mode > MAX_FILE_MODE && /^[0-7]{3,4}$/.test(source) && !source.startsWith('0')
			? message('fragment/hint:is-read-as-a-decimal', { source, parseInt: parseInt(source, 8) })
			: message('fragment/none');
	return message('fragment/file-mode-problem', { source, formatOctal: formatOctal(mode), hint });
}

// ------------------------------------------------------------------------------------ target release

/**
 * The minor number of a target release ("1.29" -> 29). Rules whose field or strictness arrived in a
 * later release than the target are skipped there: the older server drops the field or accepts the value.
 */
export function k8sMinor(version: string): number {
	const minor = Number(version.split('.')[1]);
	return Number.isFinite(minor) ? minor : Number.POSITIVE_INFINITY;
}
