import type { AnalysedDocument } from './analysed-document.js';

/**
 * For each block, the block that introduces it when it is a list item ("Meriterande:" before
 * "- skolgång i Sverige", "Som medarbetare ska du:" before "- inte prata med journalister"), or
 * -1. A list item is half a sentence until it is read after its lead-in: the nearest block
 * before it in the same section that is not a list item, when that block ends with a colon.
 * Computed once per document.
 */
export function leadInBlocks(document: AnalysedDocument): Int32Array {
  let leadIns = cache.get(document);
  if (!leadIns) {
    const blocks = document.blocks;
    leadIns = new Int32Array(blocks.length).fill(-1);
    let lastLeadIn = -1;
    let section = -1;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!block) continue;
      if (block.sectionIndex !== section) {
        section = block.sectionIndex;
        lastLeadIn = -1;
      }
      if (block.block.kind === 'list-item') {
        leadIns[i] = lastLeadIn;
        continue;
      }
      lastLeadIn = block.block.text.trimEnd().endsWith(':') ? i : -1;
    }
    cache.set(document, leadIns);
  }
  return leadIns;
}

const cache = new WeakMap<AnalysedDocument, Int32Array>();
