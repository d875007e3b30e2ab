// Where Monaco finds its editor worker: bundled by Vite from the package, served from our own origin.
// Must run before the first editor is created.
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

declare global {
	interface Window {
		MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
	}
}

self.MonacoEnvironment = {
	getWorker: () => new EditorWorker(),
};
