import { describe, expect, it } from 'vitest';
import { anchorFor, groupsOf, idFromHref, planBook, type SidebarItem } from '../../../src/lib/book/plan.ts';

const link = (label: string, href: string): SidebarItem => ({ type: 'link', label, href });
const group = (label: string, entries: SidebarItem[]): SidebarItem => ({ type: 'group', label, entries });

describe('planBook', () => {
	const sidebar = [
		link('Home', '/primer/'),
		group('Start here', [link('What it does', '/primer/introduction/what-kubernetes-does/'), link('History', '/primer/introduction/history/')]),
		group('Reference', [link('Glossary', '/primer/reference/glossary/')]),
		group('Playgrounds', [link('CIDR', '/primer/playgrounds/cidr/'), link('Kubernetes docs', 'https://kubernetes.io/docs/')]),
		group('Components', [group('Control plane', [link('etcd', '/primer/components/etcd/')])]),
	];

	it('keeps the sidebar order, moves the reference group last and marks playgrounds', () => {
		const plan = planBook(sidebar, { base: '/primer/', locale: undefined });
		expect(plan.map((e) => [e.id, e.kind, e.group])).toEqual([
			['introduction/what-kubernetes-does', 'chapter', 'Start here'],
			['introduction/history', 'chapter', 'Start here'],
			['playgrounds/cidr', 'playground', 'Playgrounds'],
			['components/etcd', 'chapter', 'Control plane'],
			['reference/glossary', 'chapter', 'Reference'],
		]);
	});

	it('gives a Chinese page the anchor of its English twin', () => {
		const zh = planBook([group('组件', [link('etcd', '/zh-cn/components/etcd/')])], { base: '/', locale: 'zh-cn' });
		expect(zh[0]).toMatchObject({ id: 'zh-cn/components/etcd', anchor: 'components-etcd', href: '/zh-cn/components/etcd/' });
	});

	it('reads ids from links with or without a base', () => {
		expect(idFromHref('/primer/zh-cn/components/etcd/', '/primer/')).toBe('zh-cn/components/etcd');
		expect(idFromHref('/components/etcd/#ports', '/')).toBe('components/etcd');
		expect(anchorFor('networking/services-and-gateway-api')).toBe('networking-services-and-gateway-api');
	});

	it('groups consecutive entries for the table of contents', () => {
		const plan = planBook(sidebar, { base: '/primer/', locale: undefined });
		expect(groupsOf(plan).map((g) => [g.group, g.entries.length])).toEqual([
			['Start here', 2],
			['Playgrounds', 1],
			['Control plane', 1],
			['Reference', 1],
		]);
	});
});
