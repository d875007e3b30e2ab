// localStorage, where available: with storage disabled the playground still works, it just forgets.
const PREFIX = 'kprimer:manifest-playground:v1:';

export function load(key: 'state' | 'editor'): string | null {
	try {
		return localStorage.getItem(PREFIX + key);
	} catch {
		return null;
	}
}

export function save(key: 'state' | 'editor', value: string | null): void {
	try {
		if (value === null) localStorage.removeItem(PREFIX + key);
		else localStorage.setItem(PREFIX + key, value);
	} catch {
		/* full or disabled: nothing to do */
	}
}
