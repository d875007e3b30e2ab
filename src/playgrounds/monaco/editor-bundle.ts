// Entry of the separately bundled editor (see ../monaco/load-bundle.ts for why it is bundled apart):
// publishes the Monaco-backed TextSurface factory for the playgrounds' main scripts. One bundle for every
// page, so the browser fetches and caches Monaco once.
import { monacoSurface } from './monaco-surface.ts';

(globalThis as { kprimerMonacoSurface?: typeof monacoSurface }).kprimerMonacoSurface = monacoSurface;
