import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language, LocalizedText } from '../../../core/errors/localized-text.js';
import { en } from './en.js';
import { fillText, type MessageKey, type Messages, type PluralBase, type TextParams } from './messages.js';
import { sv } from './sv.js';

const DICTIONARIES: Readonly<Record<Language, Messages>> = { sv, en };

/** The texts and formats of the current language. */
export interface I18n {
  readonly language: Language;
  /** BCP 47 tag for Intl and the `lang` attribute. */
  readonly locale: string;
  t(key: MessageKey, params?: TextParams): string;
  /** A count with its noun: "1 punkt", "3 punkter" ({count} is filled in). */
  tp(base: PluralBase, count: number, params?: TextParams): string;
  /** The right language of a text from the service. */
  pick(text: LocalizedText): string;
  /** A date and time from the service (ISO 8601 UTC) in the user's time zone. */
  dateTime(iso: string): string;
  number(value: number, fractionDigits?: number): string;
}

/** Builds the texts for a language (also used outside React, e.g. by tests). */
export function createI18n(language: Language): I18n {
  const messages = DICTIONARIES[language];
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const t = (key: MessageKey, params?: TextParams): string => fillText(messages[key], params);
  return {
    language,
    locale,
    t,
    tp: (base, count, params) => {
      const rule = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
      return t(`${base}.${rule}` as MessageKey, { ...params, count: new Intl.NumberFormat(locale).format(count) });
    },
    pick: (text) => text[language],
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
    },
    number: (value, fractionDigits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value),
  };
}

const I18nContext = createContext<I18n>(createI18n('sv'));

export function I18nProvider({ language, children }: { readonly language: Language; readonly children: ReactNode }) {
  const value = useMemo(() => createI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's texts and formats. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
