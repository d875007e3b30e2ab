// One tab stop for a list of many items (a roving tabindex, as the ARIA listbox pattern describes): Tab
// reaches the current option, Up/Down, Home/End and PageUp/PageDown move among the options, Enter, Space or
// a click activates one. The list is redrawn whenever the verdict changes; redraw() keeps the position (by
// index) and, when the focus was in the list, puts it back on an option.
// https://www.w3.org/WAI/ARIA/apg/patterns/listbox/ (keyboard interaction, single-select listbox)

export interface RovingList {
	/** Run `draw` (which replaces or patches the options), then restore the single tab stop and the focus. */
	redraw(draw: () => void): void;
}

const PAGE = 10;

export function rovingList(list: HTMLElement, activate: (option: HTMLElement) => void): RovingList {
	let current = 0;
	const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

	function select(all: HTMLElement[], index: number, focus: boolean): void {
		current = Math.max(0, Math.min(index, all.length - 1));
		all.forEach((option, i) => {
			// Only what changes: an attribute written, even to its own value, is a style change to redo.
			const tabIndex = i === current ? 0 : -1;
			const selected = String(i === current);
			if (option.tabIndex !== tabIndex) option.tabIndex = tabIndex;
			if (option.getAttribute('aria-selected') !== selected) option.setAttribute('aria-selected', selected);
		});
		if (focus) {
			all[current]?.focus({ preventScroll: true });
			all[current]?.scrollIntoView({ block: 'nearest' });
		}
	}

	list.addEventListener('keydown', (e) => {
		if (e.altKey || e.ctrlKey || e.metaKey) return;
		const all = options();
		const at = all.indexOf(e.target as HTMLElement);
		if (at < 0) return;
		const to: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1, PageDown: at + PAGE, PageUp: at - PAGE };
		if (e.key in to) {
			e.preventDefault(); // no page scroll: the list scrolls the option into view itself
			select(all, to[e.key]!, true);
		} else if (e.key === 'Enter' || e.key === ' ') {
			e.preventDefault();
			activate(all[at]!);
		}
	});
	list.addEventListener('focusin', (e) => {
		const all = options();
		const at = all.indexOf(e.target as HTMLElement);
		if (at >= 0 && at !== current) select(all, at, false);
	});
	list.addEventListener('click', (e) => {
		const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
		if (!option || !list.contains(option)) return;
		select(options(), options().indexOf(option), false);
		activate(option);
	});

	return {
		redraw(draw) {
			const hadFocus = list.contains(document.activeElement);
			draw();
			select(options(), current, hadFocus);
		},
	};
}
