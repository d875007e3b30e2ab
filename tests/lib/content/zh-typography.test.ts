import { describe, expect, it } from 'vitest';
import { checkChineseTypography, joinChineseLineBreaks } from '../../../src/lib/content/zh-typography.ts';

const rules = (source: string) => checkChineseTypography(source).map((p) => `${p.line}:${p.rule}`);

describe('checkChineseTypography', () => {
	it('flags a line break between two Chinese characters, with its line', () => {
		expect(rules('第一行的结尾\n第二行的开头')).toEqual(['1:line-break']);
	});

	it('flags a line break after full-width punctuation even before Latin text', () => {
		expect(rules('它运行在节点上；\nkubelet 负责启动')).toEqual(['1:line-break']);
	});

	it('sees through emphasis and link syntax at the break', () => {
		expect(rules('请参见\n[集群的三张网络](/zh-cn/networking/three-networks/)')).toEqual(['1:line-break']);
		expect(rules('这是**重点**\n接下来')).toEqual(['1:line-break']);
	});

	it('accepts a break between Chinese and Latin text, which renders as the wanted space', () => {
		expect(rules('运行在\nKubernetes 上')).toEqual([]);
	});

	it('accepts a break before a new list item, heading or table row', () => {
		expect(rules('列表如下：\n- 第一项\n- 第二项')).toEqual([]);
		expect(rules('段落结束。\n\n## 标题')).toEqual([]);
	});

	it('ignores front matter and fenced code', () => {
		expect(rules('---\ntitle: 标题\ndescription: 描述\n---\n\n```sh\n# 注释第一行\n# 注释第二行\n```')).toEqual([]);
	});

	it('flags italics on Chinese text but not bold', () => {
		expect(rules('Docker 的 *swarm 模式*')).toEqual(['1:italic']);
		expect(rules('Docker 的 **swarm 模式**')).toEqual([]);
	});

	it('flags nested full-width parentheses', () => {
		expect(rules('特性门控（1.34 正式发布（GA））')).toEqual(['1:nested-parentheses']);
		expect(rules('master（主节点）、slave（从节点）')).toEqual([]);
	});

	it('flags a missing space between Chinese and Latin text, but not inside code or link targets', () => {
		expect(rules('既按kubeadm 的规则')).toEqual(['1:missing-space']);
		expect(rules('见 [kubelet](/zh-cn/components/kubelet/) 页面，运行 `kubectl get`。')).toEqual([]);
	});
});

describe('joinChineseLineBreaks', () => {
	it('joins Chinese lines, including indented list continuations, and leaves the rest', () => {
		const source = '---\ntitle: 标题\n---\n\n第一行的结尾\n第二行\n继续\n\n- 列表项的开头，\n  列表项的结尾\n- 下一项\n\n```sh\n# 注释\n# 注释\n```\n运行在\nKubernetes 上';
		const joined = joinChineseLineBreaks(source);
		expect(joined).toBe('---\ntitle: 标题\n---\n\n第一行的结尾第二行继续\n\n- 列表项的开头，列表项的结尾\n- 下一项\n\n```sh\n# 注释\n# 注释\n```\n运行在\nKubernetes 上');
		expect(checkChineseTypography(joined).filter((p) => p.rule === 'line-break')).toEqual([]);
	});
});
