#!/usr/bin/env node
// The `vardekollen` command. The CLI is TypeScript compiled to dist/ by `npm ci` / `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'vardekollen: dist/cli/bin.js saknas / is missing. Kör / run: npm run build\n',
  );
  process.exit(2);
}
await import(entry.href);
