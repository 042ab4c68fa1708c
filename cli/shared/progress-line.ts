import type { ImportProgress } from '../../core/import/index.js';
import type { Language } from '../../core/errors/index.js';
import type { CliIo } from '../cli-io.js';

/**
 * A one-line progress display on stderr ("Läser sida 12 av 300"), redrawn in place. Shown only
 * when stderr is a terminal so that logs and pipes stay clean.
 */
export function progressLine(io: CliIo, language: Language, label: string): { update(p: ImportProgress): void; done(): void } {
  if (!io.stderr.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(progress) {
      if (progress.stage !== 'pages' || progress.total <= 1) return;
      const text =
        language === 'sv'
          ? `${label}: läser sida ${progress.done} av ${progress.total}`
          : `${label}: reading page ${progress.done} of ${progress.total}`;
      io.stderr.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
