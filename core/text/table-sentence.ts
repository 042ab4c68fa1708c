import type { Span } from '../model/span.js';
import type { AnalyzedSentence } from './sentence.js';
import type { Token, TokenKind } from './token.js';
import type { TokenSequence } from './token-sequence.js';
import type { TokenSource } from './text-token.js';
import { TOKEN_KINDS, type TokenTable } from './token-table.js';
import { tokenAt } from './tokenize.js';

/**
 * A sentence of an analysed text as {@link analyzeText} returns it: rows `[first, end)` of a
 * token table, the text they come from, and the counts LIX needs. `text` and `tokens` are built
 * on first access and kept: the rule engine reads tables directly, and most sentences of a long
 * document are never asked for either. It is also a {@link TokenSequence} over its own tokens.
 */
export class TableSentence implements AnalyzedSentence, TokenSequence {
  readonly span: Span;
  readonly wordCount: number;
  /** Word tokens of more than six letters (LIX long words). */
  readonly longWords: number;
  readonly table: TokenTable;
  /** The sentence's first row in {@link table}. */
  readonly first: number;
  /** The row after the sentence's last. */
  readonly end: number;
  /** Number of tokens. */
  readonly count: number;
  /** Position among the sentences of {@link table}, from 0: a key for per-sentence memos. */
  readonly ordinal: number;
  /** The text the rows' offsets point into, with the offset of its first character. */
  readonly source: TokenSource;
  private cachedText: string | undefined;
  private cachedTokens: readonly Token[] | undefined;

  constructor(table: TokenTable, first: number, end: number, source: TokenSource, wordCount: number, longWords: number) {
    this.table = table;
    this.first = first;
    this.end = end;
    this.count = end - first;
    this.ordinal = table.sentenceCount++;
    this.source = source;
    this.span = { start: table.starts[first] as number, end: table.ends[end - 1] as number };
    this.wordCount = wordCount;
    this.longWords = longWords;
  }

  get text(): string {
    this.cachedText ??= this.source.text.slice(this.span.start - this.source.offset, this.span.end - this.source.offset);
    return this.cachedText;
  }

  get tokens(): readonly Token[] {
    if (!this.cachedTokens) {
      const tokens: Token[] = [];
      for (let row = this.first; row < this.end; row += 1) tokens.push(tokenAt(this.table, row, this.source));
      this.cachedTokens = tokens;
    }
    return this.cachedTokens;
  }

  kindAt(index: number): TokenKind {
    return TOKEN_KINDS[this.table.kinds[this.first + index] as number] as TokenKind;
  }

  lowerAt(index: number): string {
    return this.table.lower(this.first + index);
  }

  startAt(index: number): number {
    return this.table.starts[this.first + index] as number;
  }

  endAt(index: number): number {
    return this.table.ends[this.first + index] as number;
  }

  textAt(index: number): string {
    const row = this.first + index;
    const offset = this.source.offset;
    return this.source.text.slice((this.table.starts[row] as number) - offset, (this.table.ends[row] as number) - offset);
  }

  /** Plain data for JSON, IPC and test output: getters do not serialise by themselves. */
  toJSON(): { span: Span; text: string; tokens: readonly Token[]; wordCount: number } {
    return { span: this.span, text: this.text, tokens: this.tokens, wordCount: this.wordCount };
  }
}
