import type { Span } from '../model/span.js';
import type { Token, TokenKind } from './token.js';

/** What every token of one tokenized text shares: the text itself and the caller's offset. */
export interface TokenSource {
  readonly text: string;
  readonly offset: number;
}

/**
 * The tokenizer's {@link Token}. It stores only numbers, the interned lower-case form and a
 * reference to the shared source; `text` and `span` are computed on each access (so `span` is a
 * fresh object every time: compare spans by value). A 100,000-word document has some 120,000
 * tokens; keeping each one a single small object, instead of an object, a span object and two
 * strings, is what keeps garbage collection from dominating the analysis.
 */
export class TextToken implements Token {
  readonly kind: TokenKind;
  readonly letters: number;
  /** Shared by every token of the same form (see vocabulary.ts): it allocates nothing per token. */
  readonly lower: string;
  /** Offsets including the caller's offset. */
  private readonly start: number;
  private readonly end: number;
  private readonly source: TokenSource;

  constructor(kind: TokenKind, source: TokenSource, start: number, end: number, letters: number, lower: string) {
    this.kind = kind;
    this.source = source;
    this.start = start;
    this.end = end;
    this.letters = letters;
    this.lower = lower;
  }

  get text(): string {
    return this.source.text.slice(this.start - this.source.offset, this.end - this.source.offset);
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  /** Plain data for JSON, IPC and test output: getters do not serialise by themselves. */
  toJSON(): { kind: TokenKind; text: string; lower: string; span: Span; letters: number } {
    return { kind: this.kind, text: this.text, lower: this.lower, span: this.span, letters: this.letters };
  }
}
