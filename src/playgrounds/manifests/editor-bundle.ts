// Entry of the separately bundled editor (see ../monaco/load-bundle.ts for why it is bundled apart):
// publishes the Monaco-backed TextSurface factory for main.ts.
import { monacoSurface } from './monaco-surface.ts';

(globalThis as { kprimerMonacoSurface?: typeof monacoSurface }).kprimerMonacoSurface = monacoSurface;
