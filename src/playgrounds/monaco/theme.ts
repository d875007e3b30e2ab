// Monaco follows Starlight's theme: <html data-theme="light|dark">, switched by the theme picker.
import type { Monaco } from './monaco.ts';

const themeName = () => (document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark');

/** Sets the theme now and on every toggle; returns the name to pass to editor.create. */
export function followStarlightTheme(monaco: Monaco): string {
	const observer = new MutationObserver(() => monaco.editor.setTheme(themeName()));
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return themeName();
}
