import type { sv } from './sv.js';

/** Every text key of the interface; English must give exactly this set (a missing text is a compile error). */
export type MessageKey = keyof typeof sv;

/** A full set of texts in one language. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Keys that come as a pair "<base>.one" / "<base>.other" for counts. */
export type PluralBase = PluralBaseOf<MessageKey>;
type PluralBaseOf<K> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;

/** Values for a text's `{placeholders}`. */
export type TextParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so the gap is noticed. */
export function fillText(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
