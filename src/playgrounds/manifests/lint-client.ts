// Talks to the validation worker: debounces requests, numbers them so a late answer to an old text is
// dropped, and restarts the worker if it stops answering (a runaway input must not leave the page stuck).
import type { LintResult } from '../../lib/manifest/index.ts';
import type { LintRequest, LintResponse, WorkerMessage } from './protocol.ts';

// Short: the worker answers a 300-line paste in under 10 ms, and markers should follow typing within 100 ms.
export const DEBOUNCE_MS = 50;
/** No real input takes this long; past it the worker is assumed stuck and replaced. */
const WATCHDOG_MS = 15_000;

export interface LintClientEvents {
	onResult(result: LintResult, request: LintRequest): void;
	onPending(): void;
	onFailure(kind: 'crashed' | 'timed-out'): void;
	/** The share link's hash for the latest request (null: too long for a link); see ShareMessage. */
	onShareable?(shareable: string | null, request: LintRequest): void;
}

export class LintClient {
	private worker: Worker | undefined;
	private lastId = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private watchdog: ReturnType<typeof setTimeout> | undefined;
	private readonly events: LintClientEvents;

	constructor(events: LintClientEvents) {
		this.events = events;
	}

	private start(): Worker {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
			if ('shareable' in e.data) {
				if (e.data.id === this.lastId && this.latest?.id === e.data.id) this.events.onShareable?.(e.data.shareable, this.latest);
			} else this.receive(e.data);
		});
		worker.addEventListener('error', () => this.fail('crashed'));
		return worker;
	}

	/**
	 * Validate after the reader pauses. The request is read only then: reading a large editor's text on
	 * every keystroke is what made typing stall.
	 */
	schedule(read: () => Omit<LintRequest, 'id'>): void {
		clearTimeout(this.timer);
		this.events.onPending();
		this.timer = setTimeout(() => this.now(read()), DEBOUNCE_MS);
	}

	/** Validate at once (a new example, a version switch). */
	now(request: Omit<LintRequest, 'id'>): void {
		clearTimeout(this.timer);
		this.worker ??= this.start();
		const full: LintRequest = { ...request, id: ++this.lastId };
		this.pending.set(full.id, full);
		this.latest = full;
		clearTimeout(this.watchdog);
		this.watchdog = setTimeout(() => this.fail('timed-out'), WATCHDOG_MS);
		this.worker.postMessage(full);
	}

	private readonly pending = new Map<number, LintRequest>();
	private latest: LintRequest | undefined;

	private receive(response: LintResponse): void {
		const request = this.pending.get(response.id);
		this.pending.delete(response.id);
		if (response.id !== this.lastId || !request) return; // stale: a newer text is already on its way
		clearTimeout(this.watchdog);
		this.pending.clear();
		if ('error' in response) {
			console.error(`Manifest validator failed: ${response.error}`); // the page shows its "validator failed" notice
			this.fail('crashed');
		} else this.events.onResult(response.result, request);
	}

	private fail(kind: 'crashed' | 'timed-out'): void {
		clearTimeout(this.watchdog);
		this.worker?.terminate();
		this.worker = undefined;
		this.pending.clear();
		this.events.onFailure(kind);
	}
}
