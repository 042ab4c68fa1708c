import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronState } from '../helpers/fake-electron.js';
import { respondWithAppFile, serveAppProtocol } from '../../../electron/main/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../server/security-headers.js';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

let root: string;
const page = '<!doctype html><title>Värdekollen</title><div id="root"></div>';
beforeAll(() => {
  // A renderer build of our own, so the test does not depend on `npm run build` having run.
  const base = mkdtempSync(join(tmpdir(), 'vk-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
});

const get = (url: string, method = 'GET') => respondWithAppFile(root, new Request(url, { method }));

describe('the app:// scheme', () => {
  it('serves the built page with the strict Content-Security-Policy and its content type', async () => {
    const response = await get('app://vardekollen/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(page);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://vardekollen/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves index.html for the root and nothing outside the renderer folder', async () => {
    expect(await (await get('app://vardekollen/')).text()).toBe(page);
    for (const url of ['app://vardekollen/../secret.txt', 'app://vardekollen/%2e%2e/secret.txt', 'app://vardekollen/..%2fsecret.txt', 'app://vardekollen/missing.js', 'app://vardekollen/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers only for our host and only GET and HEAD', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(404);
    expect((await get('app://vardekollen/index.html', 'POST')).status).toBe(405);
    const head = await get('app://vardekollen/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is registered for the app scheme', async () => {
    serveAppProtocol(root);
    const handler = electronState.protocolHandlers.get('app')!;
    expect((await handler(new Request('app://vardekollen/index.html'))).status).toBe(200);
  });
});
