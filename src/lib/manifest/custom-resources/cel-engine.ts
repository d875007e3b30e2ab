// The CEL engine behind x-kubernetes-validations: @marcbachmann/cel-js (zero dependencies, ~24 kB gzipped,
// standard macros has/all/exists/exists_one/map/filter, size, matches, the strings methods startsWith,
// endsWith, contains, lowerAscii, upperAscii, trim, indexOf, lastIndexOf, substring, split, join).
// Kubernetes adds libraries of its own (staging/src/k8s.io/apiserver/pkg/cel/library: lists.go, strings
// ext, regex.go, quantity.go, url.go, ip.go, cidr.go, format.go …); the simple list and string ones are
// added here, and a rule that calls anything else fails its type check, so it is reported as not
// evaluated instead of judged.
import { Environment } from '@marcbachmann/cel-js';
import type { CelEngine, CompiledCelRule } from './cel.ts';

type Comparable = bigint | number | string;

function compare(a: Comparable, b: Comparable): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function extreme(list: Comparable[], sign: 1 | -1): Comparable {
	if (list.length === 0) throw new Error('min/max of an empty list');
	return list.reduce((best, x) => (compare(x, best) * sign > 0 ? x : best));
}

function regexFor(pattern: string): RegExp {
	// RE2 (what Kubernetes uses) and JavaScript agree on the common syntax; `u` keeps code points whole.
	return new RegExp(pattern, 'u');
}

function createEnvironment(): Environment {
	return (
		new Environment({ homogeneousAggregateLiterals: false, enableOptionalTypes: true })
			.registerVariable('self', 'dyn')
			// lists.go
			.registerFunction('list.isSorted(): bool', (list: Comparable[]) => list.every((x, i) => i === 0 || compare(list[i - 1]!, x) <= 0))
			.registerFunction('list.sum(): dyn', (list: Comparable[]) => (list.length === 0 ? 0n : list.reduce((a, b) => (a as never) + (b as never))))
			.registerFunction('list.min(): dyn', (list: Comparable[]) => extreme(list, -1))
			.registerFunction('list.max(): dyn', (list: Comparable[]) => extreme(list, 1))
			.registerFunction('list.indexOf(dyn): int', (list: unknown[], x: unknown) => BigInt(list.indexOf(x)))
			.registerFunction('list.lastIndexOf(dyn): int', (list: unknown[], x: unknown) => BigInt(list.lastIndexOf(x)))
			// cel-go strings extension, as Kubernetes enables it
			.registerFunction('string.charAt(int): string', (s: string, i: bigint) => {
				const chars = [...s];
				if (i < 0n || i > BigInt(chars.length)) throw new Error('charAt: index out of range');
				return chars[Number(i)] ?? '';
			})
			.registerFunction('string.replace(string, string): string', (s: string, from: string, to: string) => s.split(from).join(to))
			.registerFunction('string.reverse(): string', (s: string) => [...s].reverse().join(''))
			// regex.go
			.registerFunction('string.find(string): string', (s: string, pattern: string) => regexFor(pattern).exec(s)?.[0] ?? '')
			.registerFunction('string.findAll(string): list<string>', (s: string, pattern: string) => [...s.matchAll(new RegExp(pattern, 'gu'))].map((m) => m[0]))
	);
}

/** The engine to pass to registerCelEngine(). */
export function createCelEngine(): CelEngine {
	const environment = createEnvironment();
	return {
		compile(expression: string): CompiledCelRule {
			const parsed = environment.parse(expression);
			const checked = parsed.check();
			if (!checked.valid) throw checked.error ?? new Error('type check failed');
			return { evaluate: (variables) => parsed(variables) as unknown };
		},
	};
}
