/** A message for people, in Swedish (the product's first language) and English. */
export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

/** The languages the product speaks. */
export type Language = keyof LocalizedText;

export const LANGUAGES: readonly Language[] = ['sv', 'en'];
