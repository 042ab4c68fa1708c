import { describe, expect, it } from 'vitest';
import { detectDocumentType } from '../../../core/check/detect-document-type.js';
import { documentFromText } from '../../../core/import/index.js';
import { jobAdFixtureNames, readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { readPolicyFixtureText } from '../../fixtures/documents/policyer/read-policy-fixture.js';

describe('document type detection', () => {
  it('recognises every job-ad fixture as a job ad, confidently', () => {
    for (const name of jobAdFixtureNames()) {
      const detection = detectDocumentType(documentFromText(readJobAdFixture(name)));
      expect(detection.type, name).toBe('jobad');
      expect(detection.confidence, name).toBeGreaterThanOrEqual(0.6);
      expect(detection.evidence.length).toBeGreaterThan(0);
    }
  });

  it('recognises policies, codes of conduct and routines as policy', () => {
    for (const name of ['mediepolicy-forbud.txt', 'uppforandekod-brister.txt', 'rutin-allmanna-handlingar.txt', 'seed-002-handlingsplan-vardegrund.txt']) {
      expect(detectDocumentType(documentFromText(readPolicyFixtureText(name))).type, name).toBe('policy');
    }
  });

  it('calls a recruitment guideline a policy though it names every part of a job ad', () => {
    const guideline = documentFromText(
      [
        'STATENS KARTDATAVERK',
        'Riktlinje för rekrytering och likabehandling',
        'Annonsen ska ange sista ansökningsdag, anställningsform, tillträde, lönesättning och fackliga företrädare.',
        'Kvalifikationer och meriterande erfarenhet ska bygga på kravprofilen. Vi söker aldrig efter ålder.',
        'Rekryteringsgruppen går igenom ansökan och intervjuer dokumenteras.',
      ].join('\n\n'),
    );
    const detection = detectDocumentType(guideline);
    expect(detection.type).toBe('policy');
    expect(detection.evidence).toContain('titel: rutin/riktlinje för …');
  });

  it('calls a question-and-answer page about applying for grants a policy, not a job ad', () => {
    const faq = documentFromText(
      [
        'FRILUFTSMYNDIGHETEN',
        'Frågor och svar om e-tjänsten Mina bidrag',
        'Beslutad av: avdelningschefen. Dnr FM 2025/112.',
        'Måste jag använda e-tjänsten?',
        'Nej. Du kan också söka med en pappersblankett. Sista ansökningsdag är den 1 mars, och ansökan ska ha kommit in senast den dagen.',
        'Vad gör jag om du har frågor?',
        'Ring oss om du har frågor om din ansökan.',
      ].join('\n\n'),
    );
    const detection = detectDocumentType(faq);
    expect(detection.type).toBe('policy');
    expect(detection.evidence).toContain('titel: rutin/riktlinje för …');
  });

  it('calls other texts other, with low confidence in either genre', () => {
    const minutes = documentFromText('Protokoll fört vid sammanträde\n\nNärvarande: Anna, Bo och Cecilia.\n\nOrdföranden öppnade mötet och hälsade alla välkomna. Nästa möte hålls i maj.');
    const detection = detectDocumentType(minutes);
    expect(detection.type).toBe('other');
    expect(detection.scores.jobad).toBeLessThan(4);
    expect(detection.scores.policy).toBeLessThan(4);
  });

  it('calls minutes other even when they decide on guidelines, cite a dnr and say "ska"', () => {
    const minutes = documentFromText(
      [
        'PROTOKOLL',
        'Ledningsgruppens sammanträde',
        'Datum: 2024-09-10. Dnr: MSS 2024/0901',
        'Närvarande: Anna Lindqvist (generaldirektör, ordförande), Lena Falk (HR-chef)',
        '§ 1 Mötets öppnande och dagordning',
        'Ordföranden öppnade mötet. Dagordningen fastställdes.',
        '§ 2 Riktlinje för bisysslor',
        'Ledningsgruppen beslutade att HR-chefen ska ta fram en ny riktlinje för bisysslor som gäller för alla anställda. Medarbetare ska informeras på nästa arbetsplatsträff.',
        'Vid protokollet: Erik Berg. Justeras: Anna Lindqvist',
      ].join('\n\n'),
    );
    const detection = detectDocumentType(minutes);
    expect(detection.scores.policy).toBeGreaterThanOrEqual(4);
    expect(detection.type).toBe('other');
    expect(detection.evidence).toContain('protokoll');
  });

  it('calls a press release other', () => {
    const release = documentFromText(
      'Pressmeddelande 2025-03-04\n\nNy e-tjänst gör det enklare att ansöka om stöd\n\nFrån och med i dag kan du ansöka om stöd digitalt. Beslutet fattades av generaldirektören i februari och gäller från den 1 mars.\n\nFör mer information, kontakta presstjänsten, 010-123 45 67.',
    );
    expect(detectDocumentType(release).type).toBe('other');
  });

  it('calls a grant routine a policy although applications have a last day, and an intranet news item other', () => {
    const routine = documentFromText(
      'RUTIN FÖR HANDLÄGGNING AV ANSÖKNINGAR OM FÖRENINGSBIDRAG\n\nUpprättad av: Enheten för bidrag och stöd\n\nAnsökan ska vara inkommen senast den 15 mars. Ansökningar som kommer in efter sista ansökningsdag avvisas.',
    );
    expect(detectDocumentType(routine).type).toBe('policy');
    const news = documentFromText(
      'INTRANÄTET > NYHETER > MEDARBETARE\n\nVill du ta emot en praktikant i höst?\n\nPublicerad 2024-04-08 av HR-enheten\n\n– Praktikanterna ger oss nya perspektiv, säger HR-specialist Amira Hassan. Chefen ska godkänna att du är handledare. Riktlinjen för praktik gäller för alla enheter.',
    );
    expect(detectDocumentType(news).type).toBe('other');
  });

  it('recognises old-style regulations: "FÖRESKRIFTER angående …", "Beslutade av …", "Gäller fr.o.m. den …"', () => {
    const regulations = documentFromText(
      'BERGSLAGENS TINGSRÄTT\nLagmannen\n\nFÖRESKRIFTER\n\nangående nyttjande av enskild mobiltelefon i tjänsten\n\nBeslutade av lagmannen den 3 april 2025\nGäller fr.o.m. den 1 maj 2025\n\nEnskild mobiltelefon må nyttjas för tjänsteändamål endast om särskilda skäl föreligga.',
    );
    const detection = detectDocumentType(regulations);
    expect(detection.type).toBe('policy');
    expect(detection.evidence).toEqual(expect.arrayContaining(['titel: rutin/riktlinje för …', 'beslutad / fastställd / gäller från']));
  });

  it('is not fooled by a policy that mentions recruitment in passing', () => {
    const policy = documentFromText(
      'Rekryteringspolicy\n\nDenna policy gäller för alla chefer som rekryterar. Beslutad av generaldirektören 2024-05-01, dnr 2024/123.\n\nVid rekrytering ska kraven utgå från arbetsuppgifterna. Chefen ansvarar för att urvalet dokumenteras.',
    );
    expect(detectDocumentType(policy).type).toBe('policy');
  });
});
