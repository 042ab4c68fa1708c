import { describe, expect, it } from 'vitest';
import { corePropertiesXml, stripInvalidXml } from '../../../core/export/docx-core-properties.js';
import { fixZipTimestamps } from '../../../core/export/fix-zip-timestamps.js';

describe('stripInvalidXml', () => {
  it('drops the characters XML 1.0 forbids and keeps tabs, newlines, Swedish and emoji', () => {
    expect(stripInvalidXml('a\u0000b\u0001c\u000bd\u001fe\ufffe')).toBe('abcde');
    expect(stripInvalidXml('lone \ud800 high, lone \udc00 low')).toBe('lone  high, lone  low');
    const kept = 'Åsa\tÖberg\n😀 – §';
    expect(stripInvalidXml(kept)).toBe(kept);
  });
});

describe('corePropertiesXml', () => {
  it('writes the checklist times and escapes the title', () => {
    const xml = corePropertiesXml({ title: 'A & <B>\u0007', subject: 's', creator: 'c', language: 'sv-SE', created: '2025-03-07T13:00:00Z', modified: 'not a time' });
    expect(xml).toContain('<dc:title>A &amp; &lt;B&gt;</dc:title>');
    expect(xml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-07T13:00:00.000Z</dcterms:created>');
    expect(xml).not.toContain('dcterms:modified');
  });
});

describe('fixZipTimestamps', () => {
  it('refuses bytes that are not a zip file rather than returning them changed', () => {
    expect(() => fixZipTimestamps(new TextEncoder().encode('not a zip file at all, just some text'), '2025-01-01T00:00:00Z')).toThrow(/end of central directory/);
  });
});
