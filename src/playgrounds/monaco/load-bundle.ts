// Loads a separately bundled script once and returns what it published on globalThis.
//
// Why apart: Starlight renders every page through one route, and Astro links the CSS of everything a
// page's scripts import — dynamic imports included — into every page of that route. Monaco's modules
// import their own CSS, so a plain `import()` put ~150 kB of render-blocking CSS on every page of the
// site. Bundling the editor through Vite's worker pipeline (`?worker&url`) keeps it out of Astro's graph;
// the bundle is then run as a classic script on the page, and injects its CSS itself (see ./styles.ts).
const loaded = new Map<string, Promise<void>>();

export function loadBundle<T>(url: string, globalName: string): Promise<T> {
	let promise = loaded.get(url);
	if (!promise) {
		promise = new Promise<void>((resolve, reject) => {
			const script = document.createElement('script');
			script.src = url;
			script.async = true;
			script.addEventListener('load', () => resolve());
			script.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
			document.head.append(script);
		});
		loaded.set(url, promise);
	}
	return promise.then(() => {
		const value = (globalThis as Record<string, unknown>)[globalName];
		if (value === undefined) throw new Error(`${url} did not define ${globalName}`);
		return value as T;
	});
}
