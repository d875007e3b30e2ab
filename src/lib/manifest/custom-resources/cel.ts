// How x-kubernetes-validations rules are evaluated: through a CEL engine the caller loads (the library is
// ~24 kB gzipped, so the browser worker imports it only when a paste has such rules; see extensions.ts).
// apiextensions-apiserver compiles each rule with `self` bound to the value at the rule's node
// (staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation.go, Validate).

export interface CompiledCelRule {
	/** Evaluates with the given variables; throws on a runtime error. */
	evaluate(variables: Record<string, unknown>): unknown;
}

export interface CelEngine {
	/** Parses and checks a rule; throws when the rule uses syntax or functions the engine does not have. */
	compile(expression: string): CompiledCelRule;
}

let engine: CelEngine | undefined;

/** Installs the engine that later lint runs use (idempotent). */
export function registerCelEngine(next: CelEngine): void {
	engine = next;
	compiled.clear();
}

export function celEngine(): CelEngine | undefined {
	return engine;
}

const compiled = new Map<string, CompiledCelRule | Error>();

/** A compiled rule, or the compile error; each distinct rule text is compiled once. */
export function compileCel(expression: string): CompiledCelRule | Error | undefined {
	if (!engine) return undefined;
	let entry = compiled.get(expression);
	if (entry === undefined) {
		try {
			entry = engine.compile(expression);
		} catch (error) {
			entry = error instanceof Error ? error : new Error(String(error));
		}
		if (compiled.size > 2000) compiled.clear();
		compiled.set(expression, entry);
	}
	return entry;
}

/** A transition rule compares with the stored object, which a create does not have. */
export function isTransitionRule(expression: string): boolean {
	return /\boldSelf\b/.test(expression);
}
