/**
 * Keyboard for lists: ArrowUp/ArrowDown (and Home/End) move focus between the items (one
 * roving tabindex, so Tab enters the list once), Enter runs the item's action.
 */
export interface ListNavOptions {
  /** Selector of the focusable item elements inside the list. */
  item: string;
  onEnter?: (item: HTMLElement, event: KeyboardEvent) => void;
}

export function focusItem(items: HTMLElement[], index: number): void {
  const target = items[Math.max(0, Math.min(items.length - 1, index))];
  if (!target) return;
  for (const item of items) item.tabIndex = item === target ? 0 : -1;
  target.focus();
}

/** Makes the first item (or the one marked current) the tab stop. */
export function initRoving(items: HTMLElement[], current = 0): void {
  items.forEach((item, i) => (item.tabIndex = i === Math.max(0, current) ? 0 : -1));
}

export function listNav(list: HTMLElement, options: ListNavOptions): HTMLElement {
  // Focus inside an item (a click, a button in it) makes that item the list's tab stop.
  list.addEventListener('focusin', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>(options.item);
    if (!item || item.tabIndex === 0 || !list.contains(item)) return;
    for (const other of Array.from(list.querySelectorAll<HTMLElement>(options.item))) other.tabIndex = other === item ? 0 : -1;
  });
  list.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.matches(options.item)) return;
    const items = Array.from(list.querySelectorAll<HTMLElement>(options.item));
    const index = items.indexOf(target);
    if (index < 0) return;
    switch (event.key) {
      case 'ArrowDown':
        focusItem(items, index + 1);
        break;
      case 'ArrowUp':
        focusItem(items, index - 1);
        break;
      case 'Home':
        focusItem(items, 0);
        break;
      case 'End':
        focusItem(items, items.length - 1);
        break;
      case 'Enter':
        if (!options.onEnter) return;
        options.onEnter(target, event);
        break;
      default:
        return;
    }
    event.preventDefault();
  });
  return list;
}
