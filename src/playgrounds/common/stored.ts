// localStorage for the playgrounds, where the browser allows it: with storage disabled, full or blocked
// (private windows, intranet policies) the playgrounds still work, they just forget.

export function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** `null` removes the entry. */
export function writeStored(key: string, value: string | null): void {
	tryWriteStored(key, value);
}

/** Like writeStored, but says whether the browser took it (false: storage full or disabled). */
export function tryWriteStored(key: string, value: string | null): boolean {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}
