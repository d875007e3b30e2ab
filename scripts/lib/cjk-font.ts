// The Chinese book needs a CJK font on the machine that prints it; Chromium would otherwise print
// boxes (tofu) without a word of warning. On Debian/Ubuntu the font comes from fonts-noto-cjk.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const cjkFontPackage = 'fonts-noto-cjk';
export const cjkFontInstallHint = `apt-get update && apt-get install -y ${cjkFontPackage}`;

/** Families fontconfig offers for Simplified Chinese, or null when fontconfig cannot be asked. */
export function chineseFontFamilies(): string[] | null {
	const result = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
	if (result.error || result.status !== 0) return null;
	return result.stdout
		.split('\n')
		.flatMap((line) => line.split(','))
		.map((f) => f.trim())
		.filter(Boolean);
}

/** Undefined when a CJK font is there; otherwise the message to fail with. */
export function missingCjkFont(
	families: string[] | null = chineseFontFamilies(),
	fallbackFile = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
): string | undefined {
	// No fontconfig to ask: look for the file fonts-noto-cjk installs.
	const found = families ? families.length > 0 : existsSync(fallbackFile);
	if (found) return undefined;
	return (
		`No font for Chinese text was found${families ? ' (fc-list :lang=zh-cn lists none)' : ''}, so the Chinese PDF would print empty boxes. ` +
		`Install one, e.g. on Debian or Ubuntu: ${cjkFontInstallHint}`
	);
}
