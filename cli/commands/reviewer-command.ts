import { VardekollenError } from '../../core/errors/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, JSON_OPTION, PASSPHRASE_OPTION, passphraseFrom, wantsJson, withService } from '../shared/review-flags.js';

export const reviewerCommand: Command = {
  name: 'reviewer',
  synopsis: 'create <namn> | list [--passphrase-file FIL] [--db FIL]',
  summary: { sv: 'Skapa en granskares nyckel för underskrifter, eller lista granskarna', en: 'Create a reviewer’s signing key, or list the reviewers' },
  description: {
    sv: 'create skapar ett Ed25519-nyckelpar för granskaren. Den privata nyckeln sparas krypterad med en lösenfras (minst 8 tecken) som bara granskaren känner till; fingeravtrycket skrivs ut så att andra kan känna igen underskriften. list visar granskarna och deras fingeravtryck.',
    en: 'create makes an Ed25519 key pair for the reviewer. The private key is stored encrypted with a passphrase (at least 8 characters) only the reviewer knows; the fingerprint is printed so others can recognise the signature. list shows the reviewers and their fingerprints.',
  },
  options: { ...PASSPHRASE_OPTION, ...DB_OPTION, ...JSON_OPTION },
  async run(input, context) {
    const [action, ...names] = input.positionals;
    return withService(input, context.io, async (service) => {
      if (action === 'list' && names.length === 0) {
        const reviewers = await service.listReviewers();
        if (wantsJson(input)) context.io.stdout.write(`${JSON.stringify(reviewers, null, 2)}\n`);
        else for (const r of reviewers) context.io.stdout.write(`${r.name}  ${r.keyFingerprint}  ${r.createdAt}\n`);
        return EXIT.OK;
      }
      if (action === 'create' && names.length > 0) {
        const name = names.join(' ');
        const question = context.language === 'sv' ? `Ny lösenfras för ${name}: ` : `New passphrase for ${name}: `;
        const passphrase = await passphraseFrom(input, context, question, true);
        const info = await service.createReviewer({ name, passphrase });
        if (wantsJson(input)) context.io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
        else context.io.stdout.write(`${info.name}: ${info.keyFingerprint}\n`);
        return EXIT.OK;
      }
      throw new VardekollenError('USAGE', { detail: `vardekollen reviewer ${reviewerCommand.synopsis}` });
    });
  },
};
