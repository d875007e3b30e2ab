// The Kubernetes releases a reader can target.
import { bundledSchema } from './schema-model.ts';

/** The release the bundled schema describes; also the default target. */
export const LATEST_K8S_VERSION: string = bundledSchema.kubernetesVersion;

/** Oldest target offered: 1.16 is where the first wave of beta workload APIs was removed. */
const OLDEST_MINOR = 16;

/** "1.16" … latest, oldest first. 1.23 matters to readers: the last release with dockershim. */
export const SUPPORTED_K8S_VERSIONS: readonly string[] = (() => {
	const latestMinor = Number(LATEST_K8S_VERSION.split('.')[1]);
	return Array.from({ length: latestMinor - OLDEST_MINOR + 1 }, (_, i) => `1.${OLDEST_MINOR + i}`);
})();

export function isSupportedK8sVersion(version: string): boolean {
	return SUPPORTED_K8S_VERSIONS.includes(version);
}
