import { describe, expect, it } from 'vitest';
import { missingCjkFont } from '../../../scripts/lib/cjk-font.ts';

describe('the CJK font check of npm run pdf', () => {
	it('names the Debian package when fontconfig knows no Chinese font', () => {
		expect(missingCjkFont([])).toMatch(/fonts-noto-cjk/);
		expect(missingCjkFont(null, '/nonexistent/font.ttc')).toMatch(/apt-get install -y fonts-noto-cjk/);
	});

	it('passes when a Chinese font is installed', () => {
		expect(missingCjkFont(['Noto Sans CJK SC'])).toBeUndefined();
	});
});
