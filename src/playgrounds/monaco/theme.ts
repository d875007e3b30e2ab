// Monaco follows Starlight's theme: <html data-theme="light|dark">, switched by the theme picker.
// Monaco's own themes are kept, with YAML comments darkened (light) or lightened (dark) so they meet
// WCAG AA contrast (4.5:1) on the editor background, as every other text on the site does.
import type { Monaco } from './monaco.ts';

const LIGHT = 'kprimer-light';
const DARK = 'kprimer-dark';

function defineThemes(monaco: Monaco): void {
	monaco.editor.defineTheme(LIGHT, { base: 'vs', inherit: true, rules: [{ token: 'comment', foreground: '2F6B2F' }], colors: {} });
	monaco.editor.defineTheme(DARK, { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '8FC07F' }], colors: {} });
}

const themeName = () => (document.documentElement.dataset.theme === 'light' ? LIGHT : DARK);

/** Sets the theme now and on every toggle; returns the name to pass to editor.create. */
export function followStarlightTheme(monaco: Monaco): string {
	defineThemes(monaco);
	const observer = new MutationObserver(() => monaco.editor.setTheme(themeName()));
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return themeName();
}
