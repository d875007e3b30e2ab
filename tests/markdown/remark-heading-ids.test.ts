// remarkHeadingIds through Astro's Markdown pipeline, on twin pages written to a temporary content folder:
// a Chinese page whose outline matches its English twin takes the English anchors by position; any other
// page keeps the anchors Astro gives it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids.ts';
import { renderTree } from './pipeline.ts';

const site = mkdtempSync(join(tmpdir(), 'heading-ids-'));
const docs = join(site, 'src', 'content', 'docs');
for (const dir of ['components', 'zh-cn/components']) mkdirSync(join(docs, dir), { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

const english = `---
title: etcd
---

# etcd

## Why a cluster needs it

### Ports

## The \`etcd\` *data* model

### Ports

## Further reading
`;
const chinese = `# etcd

## 集群为什么需要它

### 端口

## \`etcd\` 的数据模型

### 端口

## 延伸阅读
`;

function page(path: string, source: string): string {
	writeFileSync(path, source);
	return path;
}

async function ids(source: string, path: string): Promise<string[]> {
	const tree = await renderTree(source, path, [remarkHeadingIds]);
	return selectAll('h1, h2, h3', tree).map((h) => `${h.tagName} ${String(h.properties.id)}`);
}

describe('remarkHeadingIds', () => {
	const englishPath = page(join(docs, 'components', 'etcd.md'), english);

	it('gives an English page the anchors GitHub and Astro would, duplicates numbered', async () => {
		expect(await ids(english.replace(/^---[\s\S]*?---\n/, ''), englishPath)).toEqual([
			'h1 etcd',
			'h2 why-a-cluster-needs-it',
			'h3 ports',
			'h2 the-etcd-data-model',
			'h3 ports-1',
			'h2 further-reading',
		]);
	});

	it('gives a Chinese twin with the same outline the English anchors, by position (not the title)', async () => {
		const path = page(join(docs, 'zh-cn', 'components', 'etcd.md'), chinese);
		expect(await ids(chinese, path)).toEqual(['h1 etcd', 'h2 why-a-cluster-needs-it', 'h3 ports', 'h2 the-etcd-data-model', 'h3 ports-1', 'h2 further-reading']);
	});

	it('leaves a Chinese page whose outline differs from its twin with its own anchors', async () => {
		const extra = chinese.replace('## 延伸阅读', '### 备份\n\n## 延伸阅读');
		const path = page(join(docs, 'zh-cn', 'components', 'etcd.md'), extra);
		expect(await ids(extra, path)).toEqual(['h1 etcd', 'h2 集群为什么需要它', 'h3 端口', 'h2 etcd-的数据模型', 'h3 端口-1', 'h3 备份', 'h2 延伸阅读']);
	});

	it('compares depths, not only the number of headings', async () => {
		const deeper = chinese.replace('### 端口', '#### 端口');
		const path = page(join(docs, 'zh-cn', 'components', 'etcd.md'), deeper);
		expect((await ids(deeper, path))[2]).toBe('h2 etcd-的数据模型');
	});

	it('leaves a Chinese page without an English twin with its own anchors', async () => {
		const path = page(join(docs, 'zh-cn', 'components', 'only-in-chinese.md'), chinese);
		expect(await ids(chinese, path)).toEqual(['h1 etcd', 'h2 集群为什么需要它', 'h3 端口', 'h2 etcd-的数据模型', 'h3 端口-1', 'h2 延伸阅读']);
	});
});
