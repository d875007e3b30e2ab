// Benchmark of the manifest linter core (issue #5, section 4). Prints figures; asserts nothing.
//
// 1. Throughput in documents/s on a corpus of realistic manifests (tests/fixtures/manifests), side by side
//    with @kubernetes-models/validate on the same documents:
//    - end to end: YAML text in, diagnostics out (ours: all six layers, strict) versus yaml.parse + the
//      package's compiled Ajv validator (which does not reject unknown fields), and the yaml parser alone
//      (parseAllDocuments with our options) as the floor that ours cannot go below;
//    - validation only: our strict schema walk over an already parsed document versus the Ajv validator
//      over an already parsed object.
// 2. p50/p95 latency of lintManifests on one 300-line multi-document input (goal: p95 ≤ 20 ms).
//
// Run: node_modules/.bin/node scripts/bench-manifest.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { checkIdentity } from '../src/lib/manifest/check-identity.ts';
import { checkSchema } from '../src/lib/manifest/check-schema.ts';
import { DocumentCache, lintManifests, RULES } from '../src/lib/manifest/index.ts';
import { parseDocuments, YAML_OPTIONS } from '../src/lib/manifest/parse-documents.ts';

const root = new URL('..', import.meta.url).pathname;
const fixtureDir = join(root, 'tests/fixtures/manifests');
type Validate = (data: unknown) => boolean;

// The package's own compiled validator for a kind, as its model class uses it.
const validators = new Map<string, Validate | null>();
async function validatorFor(apiVersion: string, kind: string): Promise<Validate | null> {
	const key = `${apiVersion} ${kind}`;
	if (validators.has(key)) return validators.get(key)!;
	let validate: Validate | null = null;
	try {
		const dir = apiVersion.includes('/') ? apiVersion : `v1`;
		const modelSource = readFileSync(join(root, 'node_modules/kubernetes-models', dir, `${kind}.js`), 'utf8');
		const schemaName = /_schemas\/(\w+)\.js/.exec(modelSource)?.[1];
		if (schemaName) validate = ((await import(`kubernetes-models/_schemas/${schemaName}`)) as { validate: Validate }).validate;
	} catch {
		validate = null;
	}
	validators.set(key, validate);
	return validate;
}

// Disabling a whole layer skips its findings, not its work; it is the closest to "schema only" the API offers.
const nonSchemaRules = RULES.filter((r) => r.layer === 'best-practice' || r.layer === 'cross-resource' || r.layer === 'api-version').map((r) => r.id);

// Corpus: every document of the fixtures that both sides can check.
interface Sample {
	text: string;
	object: Record<string, unknown>;
	validate: Validate;
}
const corpus: Sample[] = [];
for (const name of readdirSync(fixtureDir).sort()) {
	if (!name.endsWith('.yaml')) continue;
	for (const doc of parseAllDocuments(readFileSync(join(fixtureDir, name), 'utf8'), { version: '1.1' })) {
		if (!('contents' in doc) || doc.errors.length) continue;
		const object = doc.toJS() as Record<string, unknown> | null;
		if (!object || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') continue;
		const validate = await validatorFor(object.apiVersion, object.kind);
		if (validate) corpus.push({ text: doc.toString(), object, validate });
	}
}

interface Contender {
	label: string;
	run: (sample: Sample, index: number) => void;
}

/**
 * Documents/s of each contender, measured in interleaved rounds (so JIT warm-up, GC and a busy
 * machine hit all of them alike); the median round is reported.
 */
function compare(title: string, contenders: Contender[], rounds = 7, roundMs = 300): number[] {
	for (const c of contenders) for (let i = 0; i < 5; i++) corpus.forEach((s, n) => c.run(s, n)); // warm-up
	const rates: number[][] = contenders.map(() => []);
	for (let round = 0; round < rounds; round++) {
		contenders.forEach((c, k) => {
			let documents = 0;
			const started = performance.now();
			while (performance.now() - started < roundMs) {
				corpus.forEach((s, n) => c.run(s, n));
				documents += corpus.length;
			}
			rates[k]!.push(documents / ((performance.now() - started) / 1000));
		});
	}
	console.log(title);
	return contenders.map((c, k) => {
		const sorted = rates[k]!.sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)]!;
		console.log(`  ${c.label.padEnd(66)} ${Math.round(median).toLocaleString('en').padStart(9)} documents/s`);
		return median;
	});
}

console.log(`Corpus: ${corpus.length} documents from tests/fixtures/manifests (${[...new Set(corpus.map((s) => s.object.kind))].join(', ')})\n`);

const [oursFull = 0, oursStrict = 0, theirsFull = 1, parserOnly = 1] = compare('End to end (YAML text in, diagnostics out):', [
	{ label: 'ours: lintManifests, all six layers, strict', run: (s) => lintManifests(s.text) },
	{ label: 'ours: lintManifests, syntax + identity + strict schema only', run: (s) => lintManifests(s.text, { disabledRules: nonSchemaRules }) },
	{ label: '@kubernetes-models/validate: yaml.parse + its Ajv validator', run: (s) => s.validate(parse(s.text, { version: '1.1' })) },
	{ label: 'floor: yaml parseAllDocuments alone (no validation)', run: (s) => parseAllDocuments(s.text, YAML_OPTIONS) },
]);

const parsedOurs = corpus.map((s) => {
	const parsed = parseDocuments(s.text);
	return { parsed, objects: checkIdentity(parsed.documents).objects };
});
const [oursSchema = 0, theirsSchema = 1] = compare('\nValidation only (document already parsed):', [
	{
		label: 'ours: strict schema walk over the YAML tree (with positions)',
		run: (_, n) => {
			const entry = parsedOurs[n]!;
			checkSchema(entry.objects, entry.parsed.text);
		},
	},
	{ label: '@kubernetes-models/validate: Ajv validator over a JS object (not strict)', run: (s) => s.validate(s.object) },
]);

console.log(
	`\nRatio ours/theirs — end to end: ${(oursFull / theirsFull).toFixed(2)}× (schema-only layers ${(oursStrict / theirsFull).toFixed(2)}×) · ` +
		`validation only: ${(oursSchema / theirsSchema).toFixed(2)}× (goal ≥ 2× while strict)`,
);
console.log(
	`End to end cannot pass ${(parserOnly / theirsFull).toFixed(2)}× theirs: that is the yaml parser alone (the issue requires parsing with yaml); ` +
		`ours spends ${Math.round(100 * (1 - oursFull / parserOnly))}% of its time past the parser.`,
);

// A 300-line multi-document input, built from the fixtures.
const lines: string[] = [];
for (const name of readdirSync(fixtureDir).sort()) {
	if (lines.length >= 300) break;
	if (!name.endsWith('.yaml') || name.startsWith('kubeadm')) continue;
	if (lines.length) lines.push('---');
	lines.push(...readFileSync(join(fixtureDir, name), 'utf8').trimEnd().split('\n'));
}
const input = lines.slice(0, 300).join('\n');
const samples: number[] = [];
for (let i = 0; i < 20; i++) lintManifests(input);
for (let i = 0; i < 300; i++) {
	const started = performance.now();
	lintManifests(input);
	samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
const result = lintManifests(input);
console.log(
	`\n300-line multi-document input (${result.documents.length} documents, ${result.diagnostics.length} diagnostics), 300 runs: ` +
		`p50 ${pct(50).toFixed(2)} ms · p95 ${pct(95).toFixed(2)} ms · max ${samples.at(-1)!.toFixed(2)} ms (goal p95 ≤ 20 ms)`,
);

// The playground's case: a 3,000-line paste, one keystroke at a time (a digit changed in one document),
// without and with the worker's document cache (only the changed document is parsed again).
const long = Array.from({ length: 10 }, () => input).join('\n---\n');
const keystrokes = (cache: DocumentCache | undefined) => {
	const times: number[] = [];
	lintManifests(long, { documentCache: cache });
	for (let i = 0; i < 60; i++) {
		// Each keystroke edits a document near the middle, alternating so the text really changes.
		const at = long.indexOf('replicas: ', long.length / 2);
		const edited = `${long.slice(0, at)}replicas: ${i % 9}${long.slice(at + 11)}`;
		const started = performance.now();
		lintManifests(edited, { documentCache: cache });
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return `p50 ${times[30]!.toFixed(1)} ms · p95 ${times[57]!.toFixed(1)} ms`;
};
console.log(
	`3,000-line paste (${long.split('\n').length} lines), one keystroke: without cache ${keystrokes(undefined)}; with the worker's document cache ${keystrokes(new DocumentCache())}`,
);
