// Public API of the content engine: reading the MDX sources (fenced blocks, heading outlines, manifest
// snippets, Chinese typography), for the remark plugins, the diagram renderer, scripts and tests.

export { findFencedBlocks } from './fenced-blocks.ts';
export type { FencedBlock } from './fenced-blocks.ts';
export { outlineOfSource, outlineOfTree, sameShape } from './heading-outline.ts';
export type { OutlineEntry } from './heading-outline.ts';
export { isManifestSnippet } from './manifest-snippets.ts';
export { checkChineseTypography, joinChineseLineBreaks } from './zh-typography.ts';
export type { TypographyProblem } from './zh-typography.ts';
