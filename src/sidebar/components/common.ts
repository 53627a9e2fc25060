/** Small building blocks: buttons, collapsible boxes, badges, labelled fields. */
import { type Child, h, uid } from '../dom';
import { state, update } from '../store';

export type ButtonKind = 'primary' | 'secondary' | 'link' | 'danger' | 'inline';

export interface ButtonOptions {
  key: string;
  kind?: ButtonKind;
  label?: string;
  /** Disabled for another reason than a running call. */
  disabled?: boolean;
  describedBy?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  onClick: () => void;
}

/** A button; every button is disabled while a server call runs. */
export function button(text: string, options: ButtonOptions): HTMLButtonElement {
  return h(
    'button',
    {
      class: `btn btn-${options.kind ?? 'secondary'}`,
      key: options.key,
      attrs: {
        type: 'button',
        'aria-label': options.label,
        'aria-describedby': options.describedBy,
        disabled: state.busy || !!options.disabled,
        ...options.attrs,
      },
      on: { click: () => options.onClick() },
    },
    text,
  );
}

/** A <details> box whose open state survives re-renders. */
export function collapsible(key: string, summary: Child, body: Child[], className = ''): HTMLDetailsElement {
  const details = h(
    'details',
    { class: `box ${className}`.trim(), attrs: { open: state.open.has(key) } },
    h('summary', { key: `${key}:summary` }, summary),
    ...body,
  );
  details.addEventListener('toggle', () => {
    if (details.open) state.open.add(key);
    else state.open.delete(key);
  });
  return details;
}

const STATUS_CLASS: Record<string, string> = {
  проект: 'draft',
  закреплена: 'fixed',
  активна: 'active',
  завершена: 'done',
  прекращена: 'stopped',
};

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge badge-${STATUS_CLASS[status] ?? 'other'}` }, status);
}

/** A label above a control; returns [wrapper, control]. */
export function field<T extends HTMLElement>(label: string, control: T, hint?: string): HTMLElement {
  const id = uid('f');
  control.id = id;
  const hintNode = hint ? h('span', { class: 'hint', attrs: { id: `${id}-hint` } }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control, hintNode);
}

/** A <select> of values; `placeholder` adds an empty first option. */
export function select(
  key: string,
  values: readonly { value: string; text: string }[],
  current: string,
  onChange: (value: string) => void,
  placeholder?: string,
): HTMLSelectElement {
  const node = h(
    'select',
    { key, on: { change: () => onChange(node.value) } },
    placeholder !== undefined ? h('option', { attrs: { value: '' } }, placeholder) : null,
    ...values.map((v) => h('option', { attrs: { value: v.value } }, v.text)),
  );
  node.value = current;
  return node;
}

export const options = (values: readonly string[]) => values.map((v) => ({ value: v, text: v }));

/** Escape inside the element closes the inline form. */
export function closeOnEscape<T extends HTMLElement>(node: T, returnFocus: string): T {
  node.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    update((s) => {
      s.form = null;
      s.focus = returnFocus;
    });
  });
  return node;
}
