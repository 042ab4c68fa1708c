/**
 * Whether a match is a phrase quoted as an example of what not to write: "Skriv inte
 * ”svenska som modersmål”", "Undvik formuleringar som ”ung och hungrig”", or quoted as a wording
 * by its name: "Den tidigare rutinen innehöll meningen ”All kontakt med media ska ske via
 * kommunikationsenheten”. Vi har tagit bort den." Recruitment guides, style guides and revision
 * notes are full of them, and a rule that reports the phrase reports the advice against it. The
 * match must lie inside quotation marks (an odd number of them before it in its sentence), and
 * the sentence must tell the reader to avoid or replace what it quotes, or the quotation must
 * follow a word that names it as a wording ("meningen", "formuleringen", "uttrycket").
 */
export function isQuotedMention(text: string, start: number, end: number): boolean {
  let before = 0;
  let opening = -1;
  for (let i = 0; i < start; i++) {
    if (QUOTES.has(text.charCodeAt(i))) {
      before += 1;
      opening = i;
    }
  }
  if (before % 2 === 0) return false;
  let closes = false;
  for (let i = end; i < text.length && !closes; i++) closes = QUOTES.has(text.charCodeAt(i));
  return closes && (AVOID.test(text) || NAMED_WORDING.test(beforeQuotedList(text, opening)));
}

/**
 * The text before a run of quotations ("formuleringar som ”A”, ”B” eller ”C”"), at most 40
 * characters: a list names its items as wordings once, before the first.
 */
function beforeQuotedList(text: string, opening: number): string {
  let prefix = text.slice(0, opening);
  for (let previous = ''; previous !== prefix; ) {
    previous = prefix;
    prefix = prefix.replace(QUOTED_ITEM_AT_END, '');
  }
  return prefix.slice(-40);
}

/** A quotation at the end of a text, with the comma or "och"/"eller" that joins it to the next. */
const QUOTED_ITEM_AT_END = /["”“«»][^"”“«»]{1,80}["”“«»]\s*(?:,|och|eller)?\s*$/u;

/** " ” “ « » (Swedish typography closes and opens with ”; » and « pair either way). */
const QUOTES = new Set([0x22, 0x201d, 0x201c, 0xab, 0xbb]);

/** The word just before a quotation that names it as a wording rather than using it. */
const NAMED_WORDING = /(?<![\p{L}])(?:meningen|meningarna|formuleringen|formuleringarna|skrivningen|skrivelsen|uttrycket|frasen|lydelsen|orden|ordet|(?:formuleringar|uttryck|ord|fraser)\s+som)\s*:?\s*$/iu;

const AVOID =
  /(?<![\p{L}])(?:undvik\p{L}*|skriv\s(?:aldrig|inte|ej)|använd\s(?:aldrig|inte|ej)|(?:ska|bör|får)\s(?:du\s|vi\s|man\s)?(?:inte|aldrig|ej)\s(?:skriva|använda|stå|förekomma|formulera)|inte\s(?:skriva|använda)|exempel\spå\s(?:olämpliga|diskriminerande|otillåtna|dåliga)|i\sstället\sför|istället\sför|byt\sut|ersätt|hellre\sän|(?:kan|kunde)\s(?:vara|uppfattas\ssom|innebära)\s(?:[\p{L}-]+\s)?(?:indirekt\s|direkt\s)?diskriminer\p{L}*|kan\savskräcka|strida\smot)(?![\p{L}])/iu;
