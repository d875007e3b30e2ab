// The CIDR playground in a real browser: results follow the form, diagnostics sit next to their input,
// share links round-trip, tampered links fall back safely, the page works without JavaScript, in both
// languages, nothing in the playground moves when its script arrives (the build draws what it shows), and
// nothing is fetched from another host.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { offlineContext, sharedChromium } from './support/browser.ts';

const baseURL = inject('baseURL');
const EN = '/playgrounds/cidr/';
const ZH = '/zh-cn/playgrounds/cidr/';

async function ready(page: Page): Promise<void> {
	await page.locator('.cidr-playground[data-ready]').waitFor({ state: 'attached' });
}

describe.skipIf(!inject('browserAvailable'))('CIDR playground', () => {
	const browser = sharedChromium();

	async function withPage<T>(fn: (page: Page, external: string[]) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
		const { context, external } = await offlineContext(browser(), baseURL, options);
		try {
			const page = await context.newPage();
			const result = await fn(page, external);
			expect(external).toEqual([]);
			return result;
		} finally {
			await context.close();
		}
	}

	it('updates the results as you type and shows the diagnostic next to the right input, keeping focus', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			const service = page.locator('#cidr-service');
			await service.fill('');
			await service.pressSequentially('10.96.0.0/12');
			// 10.96.0.0/12 covers 10.96.0.0–10.111.255.255, so it overlaps the Pod range 10.100.0.0/16.
			await expect.poll(() => page.locator('#cidr-summary').textContent()).toContain('errors');
			const describedBy = (await service.getAttribute('aria-describedby'))?.split(' ') ?? [];
			expect(describedBy).toContain('cidr-service-diagnostics');
			const overlapAtService = page.locator('#cidr-service-diagnostics [data-rule="cidr/overlap"]');
			await expect.poll(() => overlapAtService.count()).toBeGreaterThan(0);
			expect(await service.getAttribute('aria-invalid')).toBe('true');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('cidr-service');
			await expect.poll(() => page.locator('.cidr-space-list').innerText()).toMatch(/Overlap/);

			// A parse error lands under the Pod input only.
			const pod = page.locator('#cidr-pod');
			await pod.fill('10.100/16');
			await expect.poll(() => page.locator('#cidr-pod-diagnostics [data-rule="cidr/parse"]').count()).toBe(1);
			expect(await page.locator('#cidr-service-diagnostics [data-rule="cidr/parse"]').count()).toBe(0);
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('cidr-pod');
		});
	});

	it('round-trips a share link into a fresh page', async () => {
		const link = await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await page.getByRole('button', { name: 'Dual-stack' }).click();
			await page.locator('#cidr-maxPods').fill('200');
			await expect.poll(() => page.locator('#cidr-share-url').inputValue()).toContain('maxPods=200');
			return page.locator('#cidr-share-url').inputValue();
		});
		expect(link).toContain('#pod=');
		await withPage(async (page) => {
			await page.goto(link);
			await ready(page);
			expect(await page.locator('#cidr-pod').inputValue()).toBe('10.244.0.0/16,fd00:10:244::/56');
			expect(await page.locator('#cidr-maxPods').inputValue()).toBe('200');
			expect(await page.locator('#cidr-notice').isVisible()).toBe(false);
			await expect.poll(() => page.locator('.cidr-capacity thead').innerText()).toContain('IPv6');
		});
	});

	it('remembers the plan across reloads and resets to the example', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await page.getByRole('button', { name: 'k3s defaults' }).click();
			await page.reload();
			await ready(page);
			expect(await page.locator('#cidr-pod').inputValue()).toBe('10.42.0.0/16');
			await page.getByRole('button', { name: 'Reset to the example' }).click();
			expect(await page.locator('#cidr-pod').inputValue()).toBe('10.100.0.0/16');
			await page.reload();
			await ready(page);
			expect(await page.locator('#cidr-pod').inputValue()).toBe('10.100.0.0/16');
		});
	});

	it.each([
		['#pod=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&service=10.96.0.0%2F12', '<script>window.__pwned=1</script>'],
		['#pod=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&service=x', '<img src=x onerror="window.__pwned=1">'],
	])('markup in a link %s is loaded as text, judged as a CIDR and injects nothing', async (hash, value) => {
		await withPage(async (page) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${baseURL}${EN}${hash}`);
			await ready(page);
			expect(await page.locator('#cidr-pod').inputValue()).toBe(value);
			expect(await page.locator('#cidr-pod').getAttribute('aria-invalid')).toBe('true');
			expect(await page.locator('.cidr-playground script, .cidr-playground img').count()).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(errors).toEqual([]);
		});
	});

	it('a tampered link followed while the page is open keeps the plan and says why', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await page.locator('#cidr-pod').fill('10.50.0.0/16');
			await page.evaluate(() => {
				location.hash = 'pod=10.1.0.0%2F16&service=10.2.0.0%2F16&evil=1';
			});
			const notice = page.locator('#cidr-notice');
			await expect.poll(() => notice.isVisible()).toBe(true);
			expect(await notice.innerText()).toContain('the plan you had is kept');
			expect(await page.locator('#cidr-pod').inputValue()).toBe('10.50.0.0/16');
		});
	});

	it('a long non-ASCII value comes back from its own share link and after a reload', async () => {
		const pod = `${Array.from({ length: 60 }, () => '10.0.0.0/8').join(',')}，fd00::/56`;
		const link = await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await page.locator('#cidr-pod').fill(pod);
			await expect.poll(() => page.locator('#cidr-share-url').inputValue()).toContain('%EF%BC%8C');
			await page.reload();
			await ready(page);
			expect(await page.locator('#cidr-pod').inputValue()).toBe(pod);
			return page.locator('#cidr-share-url').inputValue();
		});
		await withPage(async (page) => {
			await page.goto(link);
			await ready(page);
			expect(await page.locator('#cidr-pod').inputValue()).toBe(pod);
			expect(await page.locator('#cidr-notice').isVisible()).toBe(false);
		});
	});

	const tampered = ['#pod=10.0.0.0%2F8%0A%0D&service=10.96.0.0%2F12', '#%E0%A4%A', '#qwpoeiru%3D%3D%3Dzx!!~~', '#pod=10.1.0.0%2F16&service=10.2.0.0%2F16&evil=1'];
	it.each(tampered)('a tampered hash %s shows the message, uses the defaults and injects nothing', async (hash) => {
		await withPage(async (page) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${baseURL}${EN}${hash}`);
			await ready(page);
			const notice = page.locator('#cidr-notice');
			expect(await notice.isVisible()).toBe(true);
			expect(await notice.innerText()).toContain('does not hold a valid plan');
			expect(await page.locator('#cidr-pod').inputValue()).toBe('10.100.0.0/16');
			expect(await page.locator('#cidr-service').inputValue()).toBe('10.200.0.0/16');
			expect(await page.locator('.cidr-playground script, .cidr-playground img').count()).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(errors).toEqual([]);
		});
	});

	it.each([EN, ZH])('%s: the page as drawn before its script runs has the form where the script leaves it (phone)', async (path) => {
		await withPage(
			async (page) => {
				const boxes = () =>
					page.evaluate(() =>
						['.cidr-fields', '#cidr-summary', '.cidr-config', '#cidr-results'].map((selector) => {
							const box = document.querySelector(selector)!.getBoundingClientRect();
							return `${selector} ${Math.round(box.top)} ${Math.round(box.height)}`;
						}),
					);
				// As first painted: the playground's script is held back.
				const script = /\/_astro\/CidrPlaygroundScript(?:En|Zh)[^/]*\.js$/;
				await page.route(script, (route) => route.abort());
				await page.goto(`${baseURL}${path}`);
				expect(await page.locator('.cidr-playground[data-ready]').count()).toBe(0);
				const drawn = await boxes();
				await page.unroute(script);
				await page.reload();
				await ready(page);
				expect(await boxes()).toEqual(drawn);
			},
			{ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true },
		);
	});

	it('a heading anchor in the hash is not mistaken for a tampered link', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}#cidr-capacity`);
			await ready(page);
			expect(await page.locator('#cidr-notice').isVisible()).toBe(false);
		});
	});

	it.each([
		[EN, 'The plan works', 'Capacity'],
		[ZH, '规划可用', '容量'],
	])('%s shows the example plan’s results without JavaScript', async (path, summary, capacity) => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${path}`);
				expect(await page.locator('#cidr-summary').innerText()).toContain(summary);
				expect(await page.locator('#cidr-capacity').innerText()).toBe(capacity);
				const table = await page.locator('.cidr-capacity').innerText();
				expect(table).toContain('10.100.0.0/16');
				expect(table).toContain('10.200.0.10');
				expect(await page.locator('#cidr-node-diagnostics [data-rule="cidr/node-network-limit"]').count()).toBe(1);
				expect(await page.locator('.cidr-code').count()).toBe(5);
				expect(await page.locator('.cidr-presets').isVisible()).toBe(false);
			},
			{ javaScriptEnabled: false },
		);
	});

	it('the Chinese page speaks Chinese and updates as you type', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${ZH}`);
			await ready(page);
			await page.getByRole('button', { name: 'kubeadm 默认值' }).click();
			expect(await page.locator('#cidr-service').inputValue()).toBe('10.96.0.0/12');
			await page.locator('#cidr-pod').fill('10.96.0.0/16');
			await expect.poll(() => page.locator('#cidr-summary').innerText()).toContain('规划有错误');
			expect(await page.locator('#cidr-pod-diagnostics').innerText()).toMatch(/错误/);
		});
	});

	it('the build-time render and the browser render agree on the example plan', async () => {
		const html = async (javaScriptEnabled: boolean) =>
			withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					if (javaScriptEnabled) {
						await ready(page);
						// Force a redraw of the same plan through the browser code path.
						await page.locator('#cidr-maxPods').fill('111');
						await page.locator('#cidr-maxPods').fill('110');
						await expect.poll(() => page.locator('.cidr-capacity').innerText()).toContain('110');
						await page.waitForTimeout(300);
					}
					return page.locator('#cidr-results').innerHTML();
				},
				{ javaScriptEnabled },
			);
		expect(await html(true)).toBe(await html(false));
	});
});
