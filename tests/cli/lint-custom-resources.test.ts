// `kprimer lint` on custom resources: the CEL engine and the Gateway API schema load by themselves, and
// the summary says what was not checked.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/lint.ts';
import type { CliIO } from '../../src/cli/io.ts';

const input = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { plural: widgets, kind: Widget }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-validations:
                - rule: self.min <= self.max
              properties:
                min: { type: integer }
                max: { type: integer }
---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w }
spec: { min: 3, max: 1 }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r }
spec:
  parentRefs: [{ name: gw, sectionNme: x }]
---
apiVersion: example.org/v1
kind: Other
metadata: { name: o }
`;

function fakeIo(): CliIO & { out: string } {
	const io = { out: '', stdout: (t: string) => void (io.out += t), stderr: () => undefined, readInput: async () => input };
	return io;
}

describe('kprimer lint on custom resources', () => {
	it('reports the CEL failure and the Gateway API typo, and says what was not checked', async () => {
		const io = fakeIo();
		expect(await run(['-'], io)).toBe(1);
		const lines = io.out.trim().split('\n');
		expect(lines).toContain('<stdin>:28:1 error crd/cel-rule Failed rule: self.min <= self.max');
		expect(lines.some((l) => l.startsWith('<stdin>:34:28 error schema/unknown-field Unknown field "sectionNme"'))).toBe(true);
		expect(lines).toContain('<stdin>: not checked: 1 custom resource: no schema (include its CustomResourceDefinition)');
	});

	it('puts the coverage in the JSON output', async () => {
		const io = fakeIo();
		await run(['--json', '-'], io);
		const json = JSON.parse(io.out) as { files: { coverage: { noSchema: number[] } }[] };
		expect(json.files[0]!.coverage.noSchema).toEqual([3]);
	});
});
