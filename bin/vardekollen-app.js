#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary is installed (npm run electron:install
// downloads it), otherwise the same interface served to the local browser on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));
let electronBinary;
try {
  // The electron package exports the path of its binary, and throws when it was never downloaded.
  electronBinary = (await import('electron')).default;
} catch {
  electronBinary = undefined;
}

if (typeof electronBinary === 'string' && existsSync(electronBinary) && process.env.VARDEKOLLEN_WEB !== '1') {
  const child = spawn(electronBinary, [appDirectory, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'Electron är inte installerat här; gränssnittet öppnas i webbläsaren i stället (npm run electron:install hämtar skrivbordsappen).\n' +
      'Electron is not installed here; the interface opens in the browser instead (npm run electron:install fetches the desktop app).\n\n',
  );
  const entry = new URL('../dist/server/main.js', import.meta.url);
  if (!existsSync(entry)) {
    process.stderr.write('dist/server saknas / is missing. Kör / run: npm run build\n');
    process.exit(2);
  }
  await import(entry.href);
}
