import type { Token, TokenKind } from './token.js';

/**
 * Read access to a run of tokens by position (0-based), whether they are {@link Token} objects
 * or rows of a token table: the analyses that look at neighbouring tokens (passives, phrases)
 * are written once against this.
 */
export interface TokenSequence {
  /** Number of tokens. */
  readonly count: number;
  kindAt(index: number): TokenKind;
  /** The token's lower-case form. */
  lowerAt(index: number): string;
  /** Start offset of the token (as in its span). */
  startAt(index: number): number;
  /** End offset of the token (as in its span). */
  endAt(index: number): number;
  /** The token's characters. */
  textAt(index: number): string;
}

/** A {@link TokenSequence} over token objects. */
export class TokenArraySequence implements TokenSequence {
  readonly count: number;

  constructor(private readonly tokens: readonly Token[]) {
    this.count = tokens.length;
  }

  kindAt(index: number): TokenKind {
    return (this.tokens[index] as Token).kind;
  }

  lowerAt(index: number): string {
    return (this.tokens[index] as Token).lower;
  }

  startAt(index: number): number {
    return (this.tokens[index] as Token).span.start;
  }

  endAt(index: number): number {
    return (this.tokens[index] as Token).span.end;
  }

  textAt(index: number): string {
    return (this.tokens[index] as Token).text;
  }
}
