// Joins source lines of the Chinese pages where a line break would render as a stray space between
// Chinese characters (the `line-break` rule of src/lib/content/zh-typography.ts). Run it after
// writing or merging Chinese pages: `npm run fix:zh`. It prints what it changed
// and the problems it cannot fix by itself (italics, nested parentheses, missing spaces).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkChineseTypography, joinChineseLineBreaks } from '../src/lib/content/zh-typography.ts';
import { contentDir, listPages } from './lib/content.ts';

let left = 0;
for (const page of listPages().filter((p) => p.startsWith('zh-cn/'))) {
	const file = join(contentDir, page);
	const before = readFileSync(file, 'utf8');
	const after = joinChineseLineBreaks(before);
	if (after !== before) {
		writeFileSync(file, after);
		console.log(`joined lines in ${page}`);
	}
	for (const p of checkChineseTypography(after)) {
		left++;
		console.log(`${page}:${p.line} ${p.rule} «${p.excerpt}»`);
	}
}
console.log(left === 0 ? 'Chinese typography: clean' : `${left} problem(s) need a writer`);
process.exitCode = left === 0 ? 0 : 1;
