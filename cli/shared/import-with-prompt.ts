import { resolve } from 'node:path';
import type { ImportedDocument } from '../../core/model/index.js';
import { isVardekollenError } from '../../core/errors/index.js';
import type { ReviewService } from '../../core/service/index.js';
import type { ImportLimits } from '../../core/import/index.js';
import type { CommandContext } from '../cli-io.js';
import { progressLine } from './progress-line.js';

const MAX_PASSWORD_ATTEMPTS = 3;

/**
 * Imports a file through the service, showing progress, and, when the file turns out to be
 * encrypted and a terminal is attached, asks for the password (up to three tries) instead of
 * failing. Without a terminal the typed PASSWORD_REQUIRED error is passed on.
 */
export async function importWithPrompt(
  service: ReviewService,
  path: string,
  options: { password?: string; limits: Partial<ImportLimits> },
  context: CommandContext,
): Promise<ImportedDocument> {
  let password = options.password;
  for (let attempt = 0; ; attempt++) {
    const progress = progressLine(context.io, context.language, path);
    try {
      return await service.importDocument(
        { source: { kind: 'path', path: resolve(context.io.cwd, path) }, limits: options.limits, ...(password !== undefined ? { password } : {}) },
        { onProgress: (p) => progress.update(p) },
      );
    } catch (error) {
      const canAsk =
        isVardekollenError(error) &&
        (error.code === 'PASSWORD_REQUIRED' || error.code === 'PASSWORD_INCORRECT') &&
        context.io.promptHidden !== undefined &&
        attempt < MAX_PASSWORD_ATTEMPTS;
      if (!canAsk) throw error;
      if (error.code === 'PASSWORD_INCORRECT') context.io.stderr.write(`${error.messageIn(context.language)}\n`);
      const question = context.language === 'sv' ? `Lösenord för ${path}: ` : `Password for ${path}: `;
      const answer = await context.io.promptHidden?.(question);
      if (answer === undefined) throw error;
      password = answer;
    } finally {
      progress.done();
    }
  }
}
