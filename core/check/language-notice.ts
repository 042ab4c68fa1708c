import type { LocalizedText } from '../errors/localized-text.js';
import type { LanguageDetection } from '../text/detect-language.js';

/**
 * What every front end says about a check of a text that is not Swedish, or undefined when
 * there is nothing to say (Swedish, too short to tell, or a check stored before languages were
 * detected). One wording, so that the terminal, the reports and the app agree.
 */
export function languageNotice(detection: LanguageDetection | undefined): LocalizedText | undefined {
  switch (detection?.language) {
    case 'en':
      return {
        sv: 'Texten verkar vara på engelska. Reglerna är skrivna för svenska texter, så få eller inga fynd betyder inte att texten håller måttet: läs den själv mot värdegrunden.',
        en: 'The text appears to be in English. The rules are written for Swedish texts, so few or no findings do not mean the text is sound: read it against the value base yourself.',
      };
    case 'mixed':
      return {
        sv: 'Texten verkar blanda svenska och engelska. Reglerna läser bara de svenska delarna; granska de engelska själv.',
        en: 'The text appears to mix Swedish and English. The rules read only the Swedish parts; review the English ones yourself.',
      };
    case 'other':
      return {
        sv: 'Texten verkar inte vara på svenska. Reglerna är skrivna för svenska texter och säger lite om den.',
        en: 'The text does not appear to be in Swedish. The rules are written for Swedish texts and say little about it.',
      };
    default:
      return undefined;
  }
}
