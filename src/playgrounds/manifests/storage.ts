// The manifest playground's entries in localStorage (see ../common/stored.ts for why every access is guarded).
import { readStored, tryWriteStored, writeStored } from '../common/stored.ts';

const PREFIX = 'kprimer:manifest-playground:v1:';

export function load(key: 'state' | 'editor'): string | null {
	return readStored(PREFIX + key);
}

export function save(key: 'state' | 'editor', value: string | null): void {
	writeStored(PREFIX + key, value);
}

/** Like save, but says whether the browser took it. */
export function trySave(key: 'state', value: string | null): boolean {
	return tryWriteStored(PREFIX + key, value);
}
