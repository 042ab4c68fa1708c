/**
 * Whether a match is a phrase quoted as an example of what not to write: "Skriv inte
 * ”svenska som modersmål”", "Undvik formuleringar som ”ung och hungrig”". Recruitment guides
 * and style guides are full of them, and a rule that reports the phrase reports the advice
 * against it. The match must lie inside quotation marks (an odd number of them before it in
 * its sentence) and the sentence must tell the reader to avoid or replace what it quotes.
 */
export function isQuotedMention(text: string, start: number, end: number): boolean {
  let before = 0;
  for (let i = 0; i < start; i++) if (QUOTES.has(text.charCodeAt(i))) before += 1;
  if (before % 2 === 0) return false;
  let closes = false;
  for (let i = end; i < text.length && !closes; i++) closes = QUOTES.has(text.charCodeAt(i));
  return closes && AVOID.test(text);
}

/** " ” “ « » (Swedish typography closes and opens with ”; » and « pair either way). */
const QUOTES = new Set([0x22, 0x201d, 0x201c, 0xab, 0xbb]);

const AVOID =
  /(?<![\p{L}])(?:undvik\p{L}*|skriv\s(?:aldrig|inte|ej)|använd\s(?:aldrig|inte|ej)|(?:ska|bör|får)\s(?:du\s|vi\s|man\s)?(?:inte|aldrig|ej)\s(?:skriva|använda|stå|förekomma|formulera)|inte\s(?:skriva|använda)|exempel\spå\s(?:olämpliga|diskriminerande|otillåtna|dåliga)|i\sstället\sför|istället\sför|byt\sut|ersätt|hellre\sän)(?![\p{L}])/iu;
