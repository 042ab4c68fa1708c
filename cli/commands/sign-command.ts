import { resolve } from 'node:path';
import { VardekollenError } from '../../core/errors/index.js';
import { serializeSignedFile } from '../../core/signoff/signed-file.js';
import { stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, PASSPHRASE_OPTION, passphraseFrom, REVIEWER_OPTION, reviewerFrom, withService } from '../shared/review-flags.js';
import { writeFileAtomically } from '../shared/write-file-atomically.js';

export const signCommand: Command = {
  name: 'sign',
  synopsis: '<granskning> --reviewer NAMN [--output FIL] [--passphrase-file FIL] [--db FIL]',
  summary: { sv: 'Skriv under en avslutad granskning och spara den underskrivna checklistan', en: 'Sign a completed review and save the signed checklist' },
  description: {
    sv: 'Skriver under checklistan med granskarens nyckel (lösenfrasen efterfrågas) och sparar den som en fristående fil (standard <granskning>.vardekollen.json) som vem som helst kan kontrollera offline med vardekollen verify. Underskriften binder dokumentets SHA-256, textens SHA-256, regeluppsättningens version och hash, varje punkt med beslut och motivering, granskaren och tiden. Fler granskare kan skriva under samma checklista; filen innehåller då allas underskrifter.',
    en: 'Signs the checklist with the reviewer’s key (the passphrase is asked for) and saves it as a standalone file (default <review>.vardekollen.json) anyone can verify offline with vardekollen verify. The signature binds the document’s SHA-256, the text’s SHA-256, the rule set’s version and hash, every item with its decision and reason, the reviewer and the time. Several reviewers can sign the same checklist; the file then holds all their signatures.',
  },
  options: {
    output: { type: 'string', valueName: 'FIL', help: { sv: 'Var den underskrivna filen sparas', en: 'Where to save the signed file' } },
    ...REVIEWER_OPTION,
    ...PASSPHRASE_OPTION,
    ...DB_OPTION,
  },
  async run(input, context) {
    const [reviewId] = input.positionals;
    if (reviewId === undefined) throw new VardekollenError('USAGE', { detail: `vardekollen sign ${signCommand.synopsis}` });
    const reviewer = reviewerFrom(input, context);
    return withService(input, context.io, async (service) => {
      const passphrase = await passphraseFrom(input, context, context.language === 'sv' ? `Lösenfras för ${reviewer}: ` : `Passphrase for ${reviewer}: `);
      const file = await service.signReview({ reviewId, reviewer, passphrase });
      const output = resolve(context.io.cwd, stringOption(input, 'output') ?? `${reviewId}.vardekollen.json`);
      await writeFileAtomically(output, serializeSignedFile(file));
      const names = file.signatures.map((s) => `${s.reviewer} (${s.keyFingerprint})`).join(', ');
      context.io.stdout.write(context.language === 'sv' ? `Underskriven av ${names}.\nSparad: ${output}\n` : `Signed by ${names}.\nSaved: ${output}\n`);
      return EXIT.OK;
    });
  },
};

