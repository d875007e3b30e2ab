// A CronJob schedule read the way kube-apiserver reads it: github.com/robfig/cron/v3 ParseStandard (five
// fields — minute, hour, day of month, month, day of week — or a descriptor such as @daily / @every 1h),
// called from pkg/apis/batch/validation/validation.go validateScheduleFormat. Messages follow the
// library's own wording so that they match what kubectl prints.

interface Bounds {
	min: number;
	max: number;
	names?: Readonly<Record<string, number>>;
}

const FIELDS: readonly { name: string; bounds: Bounds }[] = [
	{ name: 'minute', bounds: { min: 0, max: 59 } },
	{ name: 'hour', bounds: { min: 0, max: 23 } },
	{ name: 'day of month', bounds: { min: 1, max: 31 } },
	{
		name: 'month',
		bounds: { min: 1, max: 12, names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 } },
	},
	{ name: 'day of week', bounds: { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } } },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

export interface ScheduleError {
	/** The library's message (English, as kubectl shows it). */
	message: string;
	/** Which of the five fields, when the error is in one. */
	field?: string;
}

/** strconv.Atoi as mustParseInt uses it: optional sign, decimal digits, int64 range. */
function mustParseInt(expr: string): number | ScheduleError {
	if (!/^[+-]?\d+$/.test(expr)) return { message: `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax` };
	const value = Number(expr);
	if (!Number.isSafeInteger(value)) return { message: `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range` };
	if (value < 0) return { message: `negative number (${value}) not allowed: ${expr}` };
	return value;
}

function parseIntOrName(expr: string, names: Bounds['names']): number | ScheduleError {
	if (names) {
		const lower = expr.toLowerCase();
		if (Object.hasOwn(names, lower)) return names[lower]!;
	}
	return mustParseInt(expr);
}

/** getRange: `*`, `?`, `N`, `N-M`, each optionally `/step`. */
function checkRange(expr: string, bounds: Bounds): ScheduleError | undefined {
	const rangeAndStep = expr.split('/');
	const lowAndHigh = rangeAndStep[0]!.split('-');
	const singleDigit = lowAndHigh.length === 1;
	let start: number;
	let end: number;
	if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
		start = bounds.min;
		end = bounds.max;
	} else {
		const low = parseIntOrName(lowAndHigh[0]!, bounds.names);
		if (typeof low !== 'number') return low;
		start = low;
		if (lowAndHigh.length === 1) end = start;
		else if (lowAndHigh.length === 2) {
			const high = parseIntOrName(lowAndHigh[1]!, bounds.names);
			if (typeof high !== 'number') return high;
			end = high;
		} else return { message: `too many hyphens: ${expr}` };
	}
	let step = 1;
	if (rangeAndStep.length === 2) {
		const parsed = mustParseInt(rangeAndStep[1]!);
		if (typeof parsed !== 'number') return parsed;
		step = parsed;
		if (singleDigit) end = bounds.max; // "N/step" means "N-max/step"
	} else if (rangeAndStep.length > 2) return { message: `too many slashes: ${expr}` };
	if (start < bounds.min) return { message: `beginning of range (${start}) below minimum (${bounds.min}): ${expr}` };
	if (end > bounds.max) return { message: `end of range (${end}) above maximum (${bounds.max}): ${expr}` };
	if (start > end) return { message: `beginning of range (${start}) beyond end of range (${end}): ${expr}` };
	if (step === 0) return { message: `step of range should be a positive number: ${expr}` };
	return undefined;
}

/** time.ParseDuration: a sequence of decimal numbers with units ns, us (µs), ms, s, m, h; "0" alone is fine. */
function isGoDuration(value: string): boolean {
	if (value === '0' || value === '+0' || value === '-0') return true;
	return /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(value);
}

/** Returns why ParseStandard would refuse the schedule, or undefined when it parses. */
export function scheduleError(spec: string): ScheduleError | undefined {
	if (spec.length === 0) return { message: 'empty spec string' };
	let rest = spec;
	if (rest.startsWith('TZ=') || rest.startsWith('CRON_TZ=')) {
		// The zone itself is looked up by the library; the API server then refuses TZ in schedules anyway.
		const space = rest.indexOf(' ');
		if (space === -1) return { message: `provided bad location ${rest.slice(rest.indexOf('=') + 1)}: unknown time zone` };
		rest = rest.slice(space).trim();
	}
	if (rest.startsWith('@')) {
		if (DESCRIPTORS.has(rest)) return undefined;
		if (rest.startsWith('@every ')) {
			const duration = rest.slice('@every '.length);
			return isGoDuration(duration) ? undefined : { message: `failed to parse duration ${rest}: time: invalid duration ${JSON.stringify(duration)}` };
		}
		return { message: `unrecognized descriptor: ${rest}` };
	}
	const parts = rest.split(/\s+/).filter((p) => p !== '');
	if (parts.length !== 5) return { message: `expected exactly 5 fields, found ${parts.length}: [${parts.join(' ')}]` };
	for (let i = 0; i < 5; i++) {
		for (const expr of parts[i]!.split(',')) {
			const error = checkRange(expr, FIELDS[i]!.bounds);
			if (error) return { ...error, field: FIELDS[i]!.name };
		}
	}
	return undefined;
}

/** validateTimeZone's first checks: the characters a zone name may have, and no "." / ".." parts. */
export function timeZoneSyntaxOk(zone: string): boolean {
	return zone.split('/').every((part) => part !== '.' && part !== '..' && !part.startsWith('-') && /^[A-Za-z.\-_0-9+]{1,14}$/.test(part));
}

/**
 * Whether the IANA database knows the zone (time.LoadLocation). The JavaScript runtime's ICU data is used;
 * it is case-insensitive where Go is not, so it can only err towards accepting.
 */
export function isKnownTimeZone(zone: string): boolean {
	if (zone === 'UTC') return true;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
