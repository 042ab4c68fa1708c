import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../../core/check/build-finding.js';

describe('message templates', () => {
  it('fill every placeholder in each language, repeated or adjacent, and keep unknown ones visible', () => {
    const template = { sv: 'Ersätt {match} med {replacement}: {match}{match}. {okänd}', en: 'Replace {match} with {replacement} ({days} days).' };
    const filled = fillMessage(template, { match: 'i syfte att', replacement: { sv: 'för att', en: 'to' }, days: 7 });
    expect(filled).toEqual({
      sv: 'Ersätt i syfte att med för att: i syfte atti syfte att. {okänd}',
      en: 'Replace i syfte att with to (7 days).',
    });
  });

  it('insert values as they are, even when they look like replacement patterns', () => {
    expect(fillMessage({ sv: '»{match}«', en: '{match}' }, { match: "$& $1 $' {x}" })).toEqual({ sv: "»$& $1 $' {x}«", en: "$& $1 $' {x}" });
    expect(fillMessage({ sv: 'Inga platshållare.', en: '{}' }, {})).toEqual({ sv: 'Inga platshållare.', en: '{}' });
  });
});
