import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createReviewService, type ClosableReviewService } from '../../core/service/index.js';
import { startLocalServer, type LocalServer } from '../../server/local-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER_SOURCES = join(ROOT, 'renderer');
const RENDERER_BUILD = join(ROOT, 'dist', 'renderer');

/** Where the e2e tests write screenshots and downloads (git-ignored). */
export const OUTPUT = join(ROOT, 'test-output');
export const SCREENSHOTS = join(OUTPUT, 'screenshots');

/** Debian's Chromium; CI installs it with `apt-get install -y chromium`. */
export const CHROMIUM = process.env['VARDEKOLLEN_CHROMIUM'] ?? '/usr/bin/chromium';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Waits without spinning the CPU (the test process has nothing else to do meanwhile). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the renderer into dist/renderer when the build is missing or older than any source
 * (`npm test` builds first, so this only runs when the tests are run on their own). Test files
 * run in parallel processes: a lock folder (mkdir is atomic) lets one build while the others
 * wait and then find the build fresh.
 */
export function ensureRendererBuild(): void {
  const index = join(RENDERER_BUILD, 'index.html');
  const fresh = (): boolean => existsSync(index) && statSync(index).mtimeMs >= newestMtime(RENDERER_SOURCES);
  if (fresh()) return;
  const lock = join(ROOT, 'dist', '.renderer-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test process is building; a lock older than two minutes was left by a crash.
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(RENDERER_SOURCES, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A real service over a temporary database, served by the real loopback server, and Chromium. */
export interface E2eSession {
  readonly service: ClosableReviewService;
  readonly server: LocalServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** A temporary folder for files the test writes and downloads. */
  readonly dir: string;
  close(): Promise<void>;
}

export async function startSession(name: string): Promise<E2eSession> {
  ensureRendererBuild();
  const dir = mkdtempSync(join(tmpdir(), `vardekollen-e2e-${name}-`));
  const service = createReviewService({ databasePath: join(dir, 'reviews.sqlite') });
  const server = await startLocalServer({ service, staticDirectory: RENDERER_BUILD });
  // A fresh profile per run (playwright takes the profile folder as launchPersistentContext's argument).
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return {
    service,
    server,
    context,
    page,
    dir,
    async close() {
      await context.close();
      await server.close();
      service.close();
      rmSync(dir, { recursive: true, force: true });
      if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
    },
  };
}

/**
 * Saves a full-page screenshot under test-output/screenshots and returns its path. With an
 * element (a dialog, which scrolls inside the fixed window and would be cut off), the window is
 * made tall enough for the whole element for the moment of the shot.
 */
export async function screenshot(page: Page, name: string, element?: Locator): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize();
  const box = element ? await element.boundingBox() : null;
  if (viewport && box && box.height + 80 > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(box.height + 80) });
  await page.screenshot({ path, fullPage: true });
  if (viewport && box) await page.setViewportSize(viewport);
  return path;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core (every rule: WCAG 2.x A/AA and best practices) on the page as it is and returns
 * the violations as readable lines, empty when there are none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the debugging protocol: the page's CSP (script-src 'self') stays in force and would refuse an inline <script>.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate('window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as AxeViolation[];
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(node.target)}${node.failureSummary ? ` – ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}
