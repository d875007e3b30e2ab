// Layer 4, removed and deprecated APIs: is this apiVersion served by the target Kubernetes release?
import { compareVersions, INTRODUCED_IN, lifecycleOf } from './api-lifecycle.ts';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { field, formatPath, rangeOf } from './yaml-access.ts';
import { message } from './message.ts';

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
				message: message('api/not-yet-available', { apiVersion, kind, introducedIn, target }),
				...at,
			});
			continue;
		}
		const entry = lifecycleOf(apiVersion, kind);
		if (!entry) continue;
		const replacementKind = entry.replacementKind ?? kind;
		// What to do instead: the replacement (with its kind when that changes), or the note alone.
		const advice = {
			replacement: entry.replacement,
			replacementKind: replacementKind !== kind ? replacementKind : undefined,
			hasNote: entry.note !== undefined,
			note: entry.note ?? '',
		};
		if (entry.removedIn && compareVersions(target, entry.removedIn) >= 0) {
			findings.push({
				rule: 'api/removed',
				message: message('api/removed', { apiVersion, kind, removedIn: entry.removedIn, target, ...advice }),
				...at,
			});
		} else if (compareVersions(target, entry.deprecatedIn) >= 0) {
			const until = entry.removedIn ? message('fragment/until', { removedIn: entry.removedIn }) : message('fragment/until:other');
			findings.push({
				rule: 'api/deprecated',
				message: message('api/deprecated', { apiVersion, kind, deprecatedIn: entry.deprecatedIn, until, ...advice }),
				...at,
			});
		}
	}
	return findings;
}
