/**
 * Helpers for browser tests: launch Debian's Chromium through playwright-core,
 * open pages while collecting console/page errors, run axe-core, screenshot.
 *
 * Chromium comes from apt (`apt-get install chromium fonts-noto-cjk`), never
 * from `playwright install`.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { AxeResults, Result as AxeResult, RunOptions } from 'axe-core';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is tests/browser/support/browser.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Launch headless Chromium. playwright-core's `launch()` refuses a
 * `--user-data-dir` argument; it always creates a fresh temporary profile
 * (`$TMPDIR/playwright_chromiumdev_profile-*`) itself and deletes it on
 * `browser.close()`.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium fonts-noto-cjk`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 120_000,
  });
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  /** Defaults to 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Emulated color scheme; default is 'light'. */
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** False opens the page with JavaScript turned off; default true. */
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Response of the main navigation (null for e.g. same-document navigations). */
  response: Response | null;
  /** Console `error` messages and uncaught page errors, in order, as strings. */
  errors: string[];
  /** Closes the page's (isolated) browser context. */
  close(): Promise<void>;
}

/**
 * Open `url` in a fresh, isolated browser context, recording console errors
 * and uncaught exceptions into `errors` (start recording before navigation,
 * so errors during load are captured). Assert `errors` is empty for
 * "no console errors".
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'zh-CN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => {
    errors.push(`pageerror: ${err.stack ?? err.message}`);
  });
  const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, response, errors, close: () => context.close() };
}

let axeSource: string | undefined;

async function loadAxeSource(): Promise<string> {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    const axeDir = path.dirname(require.resolve('axe-core/package.json'));
    axeSource = await readFile(path.join(axeDir, 'axe.min.js'), 'utf8');
  }
  return axeSource;
}

export interface AccessibilityOptions {
  /** CSS selector(s) limiting the check; default is the whole document. */
  include?: string | string[];
  exclude?: string | string[];
  /** Rule ids to disable, e.g. ['color-contrast']. */
  disableRules?: string[];
}

/**
 * Inject axe-core into the page, run it and return only violations with
 * impact 'serious' or 'critical'. Use `formatViolations()` for messages.
 */
export async function checkAccessibility(page: Page, options: AccessibilityOptions = {}): Promise<AxeResult[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: await loadAxeSource() });

  const runOptions: RunOptions = { resultTypes: ['violations'] };
  if (options.disableRules?.length) {
    runOptions.rules = Object.fromEntries(options.disableRules.map((id) => [id, { enabled: false }]));
  }
  const toList = (s: string | string[] | undefined): string[] => (s === undefined ? [] : Array.isArray(s) ? s : [s]);
  const include = toList(options.include);
  const exclude = toList(options.exclude);

  const results = await page.evaluate(
    async ({ include, exclude, runOptions }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe;
      const ctx =
        include.length || exclude.length
          ? {
              ...(include.length ? { include: include.map((s) => [s]) } : {}),
              ...(exclude.length ? { exclude: exclude.map((s) => [s]) } : {}),
            }
          : document;
      return (await axe.run(ctx, runOptions)) as unknown;
    },
    { include, exclude, runOptions },
  );
  return (results as AxeResults).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Human-readable summary of axe violations for assertion messages. */
export function formatViolations(violations: AxeResult[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/** Save a full-page screenshot to test-results/screenshots/NAME.png; returns the path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '') || 'screenshot';
  const dir = path.join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
