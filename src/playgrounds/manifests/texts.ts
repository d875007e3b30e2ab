// Both languages' playground words, for what renders at build time (Astro components) and the CLI.
// Page scripts import text-en.ts or text-zh.ts instead, never this module.
import type { Lang } from '../../lib/i18n/index.ts';
import type { PlaygroundText } from './text.ts';
import { enText } from './text-en.ts';
import { zhText } from './text-zh.ts';

export const PLAYGROUND_TEXT: Record<Lang, PlaygroundText> = { en: enText, zh: zhText };
