import type { ContextCondition, ContextScope } from '../../rules/rule-types.js';
import type { AnalysedBlock, AnalysedDocument, AnalysedSentence } from '../analysed-document.js';

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

/** Section texts are joined lazily and cached per document: few matches ever need them. */
const sectionTextCache = new WeakMap<AnalysedDocument, Map<number, string>>();

export function conditionHolds(condition: CompiledCondition, place: MatchPlace): boolean {
  return condition.regex.test(scopeText(condition.within, place));
}

function scopeText(scope: ContextScope, place: MatchPlace): string {
  switch (scope) {
    case 'match':
      return place.matchText;
    case 'sentence':
      return place.sentence?.text ?? place.block.block.text;
    case 'block':
      return place.block.block.text;
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
