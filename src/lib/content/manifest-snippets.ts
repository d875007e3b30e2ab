// Which code blocks of a page are Kubernetes manifests: ```yaml with a top-level apiVersion and kind.
// The build links each one to the manifest playground, and a test validates each one.
export function isManifestSnippet(language: string | null | undefined, code: string): boolean {
	return language === 'yaml' && /^apiVersion:/m.test(code) && /^kind:/m.test(code);
}
