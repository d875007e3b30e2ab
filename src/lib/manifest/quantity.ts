// Kubernetes resource quantities ("500m", "128Mi", "1.5", "1e3"), as apimachinery's ParseQuantity accepts them.
// https://github.com/kubernetes/apimachinery/blob/master/pkg/api/resource/quantity.go

// sign, digits with optional fraction, then a binary-SI, decimal-SI or exponent suffix.
const quantityPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

export function isQuantity(value: string): boolean {
	return quantityPattern.test(value);
}

// Units people write for memory, and the binary-SI suffix they mean.
const binaryUnits: Record<string, string> = {
	k: 'Ki',
	kb: 'Ki',
	kib: 'Ki',
	m: 'Mi',
	mb: 'Mi',
	mib: 'Mi',
	megabytes: 'Mi',
	g: 'Gi',
	gb: 'Gi',
	gib: 'Gi',
	gigabytes: 'Gi',
	t: 'Ti',
	tb: 'Ti',
	tib: 'Ti',
};

/** Suggests the nearest valid spelling of a common mistake such as "128MB" or "1 Gi". */
export function suggestQuantity(value: string): string | undefined {
	const match = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-zA-Z]*)\s*$/.exec(value);
	if (!match) return undefined;
	const [, number, unit = ''] = match;
	const lower = unit.toLowerCase();
	if (lower === 'cores' || lower === 'core' || lower === 'cpu' || lower === 'cpus') return number;
	if (lower === 'millicores' || lower === 'millicore') return `${number}m`;
	const suffix = Object.hasOwn(binaryUnits, lower) ? binaryUnits[lower] : undefined;
	if (suffix) return `${number}${suffix}`;
	return isQuantity(`${number}${unit}`) ? `${number}${unit}` : undefined;
}
