import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReviewService } from '../core/service/review-service.js';
import { startLocalServer } from './local-server.js';

/**
 * `npm start` without the Electron binary: the same interface in the local browser, served on
 * 127.0.0.1 at a random port with a random token. Prints the address to open; Ctrl+C stops it.
 */
const staticDirectory = fileURLToPath(new URL('../renderer/', import.meta.url));
if (!existsSync(staticDirectory)) {
  process.stderr.write('dist/renderer saknas / is missing. Kör / run: npm run build\n');
  process.exit(2);
}
const service = createReviewService();
const server = await startLocalServer({ service, staticDirectory, port: Number(process.env['VARDEKOLLEN_PORT'] ?? 0) });
process.stdout.write(
  `Värdekollen körs lokalt / is running locally (endast 127.0.0.1):\n\n  ${server.url}\n\nÖppna adressen i webbläsaren. Stoppa med Ctrl+C. / Open the address in a browser. Stop with Ctrl+C.\n`,
);
const stop = (): void => {
  void server.close().then(() => {
    service.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
