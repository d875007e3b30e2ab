// Layer 4, removed and deprecated APIs: is this apiVersion served by the target Kubernetes release?
import { compareVersions, INTRODUCED_IN, lifecycleOf } from './api-lifecycle.ts';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { text } from './text.ts';
import { field, formatPath, rangeOf } from './yaml-access.ts';

export function checkApiVersions(objects: readonly ManifestObject[], target: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		const { apiVersion, kind } = object;
		if (!apiVersion || !kind) continue;
		const located = field(object.node, 'apiVersion');
		if (!located) continue;
		const at = { ...rangeOf(located.locator), path: formatPath([...object.path, 'apiVersion']), document: object.document };
		const introducedIn = INTRODUCED_IN[`${apiVersion} ${kind}`];
		if (introducedIn && compareVersions(target, introducedIn) < 0) {
			findings.push({
				rule: 'api/not-yet-available',
				message: text(
					`${apiVersion} ${kind} is served from Kubernetes ${introducedIn}; a ${target} cluster does not know it.`,
					`${apiVersion} ${kind} 从 Kubernetes ${introducedIn} 起才提供；${target} 版本的集群不认识它。`,
				),
				...at,
			});
			continue;
		}
		const entry = lifecycleOf(apiVersion, kind);
		if (!entry) continue;
		const replacementKind = entry.replacementKind ?? kind;
		const replacementEn = entry.replacement ? ` Use ${entry.replacement}${replacementKind !== kind ? ` ${replacementKind}` : ''} instead.` : entry.note ? '' : ' There is no replacement API.';
		const replacementZh = entry.replacement ? `请改用 ${entry.replacement}${replacementKind !== kind ? ` ${replacementKind}` : ''}。` : entry.note ? '' : '没有替代 API。';
		const noteEn = entry.note ? ` ${entry.note.en}` : '';
		const noteZh = entry.note?.zh ?? '';
		if (entry.removedIn && compareVersions(target, entry.removedIn) >= 0) {
			findings.push({
				rule: 'api/removed',
				message: text(
					`${apiVersion} ${kind} was removed in Kubernetes ${entry.removedIn}; a ${target} cluster rejects it.${replacementEn}${noteEn}`,
					`${apiVersion} ${kind} 已在 Kubernetes ${entry.removedIn} 中移除；${target} 版本的集群会拒绝它。${replacementZh}${noteZh}`,
				),
				...at,
			});
		} else if (compareVersions(target, entry.deprecatedIn) >= 0) {
			const until = entry.removedIn
				? text(` and is removed in ${entry.removedIn}.`, `，将在 ${entry.removedIn} 中移除。`)
				: text('.', '。');
			findings.push({
				rule: 'api/deprecated',
				message: text(
					`${apiVersion} ${kind} is deprecated since Kubernetes ${entry.deprecatedIn}${until.en}${replacementEn}${noteEn}`,
					`${apiVersion} ${kind} 自 Kubernetes ${entry.deprecatedIn} 起已弃用${until.zh}${replacementZh}${noteZh}`,
				),
				...at,
			});
		}
	}
	return findings;
}
