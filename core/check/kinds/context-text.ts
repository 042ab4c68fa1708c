import type { ContextCondition, ContextScope } from '../../rules/rule-types.js';
import type { AnalysedBlock, AnalysedDocument, AnalysedSentence } from '../analysed-document.js';
import { leadInBlocks } from '../lead-in.js';

/** A context condition compiled once. */
export interface CompiledCondition {
  readonly regex: RegExp;
  readonly within: ContextScope;
}

export function compileConditions(conditions: readonly ContextCondition[]): CompiledCondition[] {
  return conditions.map((c) => ({ regex: new RegExp(c.regex, 'iu'), within: c.within }));
}

/** Where a match was found, so that conditions can look at its surroundings. */
export interface MatchPlace {
  readonly matchText: string;
  readonly sentence: AnalysedSentence | undefined;
  readonly block: AnalysedBlock;
  readonly document: AnalysedDocument;
}

/**
 * The text of the line that introduces the list an item belongs to (see lead-in.ts), for an
 * item's first sentence; undefined otherwise. A condition in the sentence's scope holds when it
 * holds on the item or on the two read together; the item's own text is still what patterns
 * match.
 */
function leadInOf(place: MatchPlace): string | undefined {
  const { block, sentence, document } = place;
  if (block.block.kind !== 'list-item') return undefined;
  if (sentence && sentence !== block.sentences[0]) return undefined;
  const index = leadInBlocks(document)[block.index] ?? -1;
  return index < 0 ? undefined : document.blocks[index]?.block.text.trim();
}

/** Section texts are joined lazily and cached per document: few matches ever need them. */
const sectionTextCache = new WeakMap<AnalysedDocument, Map<number, string>>();
const openingCache = new WeakMap<AnalysedDocument, string>();

/** At most this many short blocks at the top of a document are its title lines. */
const OPENING_BLOCKS = 4;
/** A block with more words than this is body text, which ends the opening. */
const OPENING_BLOCK_WORDS = 20;

/**
 * The document's title lines: the file's own title and the short blocks it opens with (agency
 * name, title, subtitle), up to the first block of body text. A question-and-answer page names
 * its subject there once ("Frågor och svar om att begära ut allmänna handlingar") and never again.
 */
function openingOf(document: AnalysedDocument): string {
  let opening = openingCache.get(document);
  if (opening === undefined) {
    const lines = [document.document.metadata.title];
    for (const { block } of document.blocks.slice(0, OPENING_BLOCKS)) {
      if (block.text.split(/\s+/u).length > OPENING_BLOCK_WORDS) break;
      lines.push(block.text);
    }
    opening = lines.join('\n');
    openingCache.set(document, opening);
  }
  return opening;
}

export function conditionHolds(condition: CompiledCondition, place: MatchPlace): boolean {
  if (condition.regex.test(scopeText(condition.within, place))) return true;
  // A list item's sentence is also read after its lead-in; on its own first, so that a condition
  // anchored at the item's start ("^- svenskt medborgarskap$") still holds.
  if (condition.within !== 'sentence') return false;
  const leadIn = leadInOf(place);
  return leadIn !== undefined && condition.regex.test(`${leadIn} ${place.sentence?.text ?? place.block.block.text}`);
}

function scopeText(scope: ContextScope, place: MatchPlace): string {
  switch (scope) {
    case 'match':
      return place.matchText;
    case 'sentence':
      return place.sentence?.text ?? place.block.block.text;
    case 'block':
      return place.block.block.text;
    case 'topic': {
      const heading = place.document.sections[place.block.sectionIndex]?.heading;
      return `${openingOf(place.document)}\n${heading && heading !== place.block.block ? `${heading.text}\n` : ''}${place.block.block.text}`;
    }
    case 'section': {
      let cache = sectionTextCache.get(place.document);
      if (!cache) {
        cache = new Map();
        sectionTextCache.set(place.document, cache);
      }
      const index = place.block.sectionIndex;
      let text = cache.get(index);
      if (text === undefined) {
        const section = place.document.sections[index];
        text = section ? place.document.document.text.slice(section.span.start, section.span.end) : place.block.block.text;
        cache.set(index, text);
      }
      return text;
    }
    case 'document':
      return place.document.document.text;
  }
}
