import { escapeHtml } from './escape-html.js';

/** Markup that is already safe: built by {@link html} from escaped parts. */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What may be put into an {@link html} template: text is escaped, markup is kept, nothing is dropped silently except `undefined`/`false`. */
export type HtmlValue = string | number | SafeHtml | undefined | false | readonly HtmlValue[];

/**
 * A tagged template that escapes every interpolated string. Escaping is the default, not
 * something each call site must remember: only markup made by this function (a `SafeHtml`)
 * is inserted as it is. `undefined` and `false` render as nothing, for optional parts.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  // Strings, and anything else that slipped past the types, are text.
  return escapeHtml(String(value));
}
