/**
 * Types for the one `natural` module we load. natural's own typings cover only its index, which
 * we must not import (it reads .env files and pulls in database drivers); this deep path
 * requires only the stemmer, its base class, a stop-word list and a small tokenizer.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const PorterStemmerSv: {
    /** Lower-cases and stems one word with natural's Swedish Snowball-style stemmer. */
    stem(word: string): string;
  };
  export = PorterStemmerSv;
}
