/**
 * The HTML dossier in a real browser (Debian's Chromium through playwright-core): it makes no
 * network request, shows its title and sections, and a hostile article's markup stays text.
 *
 * Without Chromium at /usr/bin/chromium the suite is skipped, except under CI=true, where it fails.
 * PARALLAX_SCREENSHOT=<file.png> keeps the screenshot of the example dossier at that path.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** Starting Chromium on a busy two-core machine can take several seconds. */
const BROWSER_TIMEOUT_MS = 60_000;
const inCi = process.env.CI === 'true';
const skip = !existsSync(CHROMIUM) && !inCi;
const suiteName = skip
  ? `HTML dossier in Chromium — SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium; required under CI=true)`
  : 'HTML dossier in Chromium';

interface Loaded {
  page: Page;
  /** URLs the page asked for besides its own file. */
  requests: string[];
  dialogs: string[];
}

describe.skipIf(skip)(suiteName, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required under CI=true but missing at ${CHROMIUM}: apt-get install -y chromium`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: BROWSER_TIMEOUT_MS });
    dir = mkdtempSync(join(tmpdir(), 'parallax-browser-'));
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(inputs: string[], name: string): Promise<Loaded> {
    const run = await cli(['brief', ...inputs, '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    const file = join(dir, `${name}.html`);
    writeFileSync(file, run.stdout);
    const own = pathToFileURL(file).href;
    const context = await browser.newContext();
    const requests: string[] = [];
    const dialogs: string[] = [];
    // Anything but the page itself is recorded and never reaches the network.
    await context.route('**/*', (route) => (route.request().url() === own ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (r) => { if (r.url() !== own) requests.push(r.url()); });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(own, { waitUntil: 'load' });
    return { page, requests, dialogs };
  }

  it('shows the example dossier: title, headline and sections, with no network request', async () => {
    const { page, requests } = await open(['examples/ukraine-talks'], 'example');
    expect(requests).toEqual([]);
    const headline = (await page.locator('h1').first().innerText()).trim();
    expect(headline.length).toBeGreaterThan(20);
    expect(await page.title()).toBe(headline);
    for (const section of ['Summary', 'Key facts', 'Conflicts', 'Actors', 'Quotes', 'Sources']) {
      await expect.poll(() => page.getByRole('heading', { name: section, exact: true }).first().isVisible()).toBe(true);
    }
    expect(await page.locator('h2:has-text("Summary") + ul > li').count()).toBeGreaterThanOrEqual(3);
    const shot = process.env.PARALLAX_SCREENSHOT ?? join(dir, 'dossier.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  }, BROWSER_TIMEOUT_MS);

  it('keeps a hostile article inert: no dialog, no injected element, the markup shown as text', async () => {
    const { page, requests, dialogs } = await open(['fixtures/extra/hostile'], 'hostile');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('script, img, svg, iframe, object, embed, b').count()).toBe(0);
    // A string runs in the page (the tests are type-checked without the DOM library).
    const handlers = await page.evaluate(
      "[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on')))");
    expect(handlers).toEqual([]);
    const body = await page.locator('body').innerText();
    expect(body).toContain('<script>alert(1)</script>');
    expect(body).toContain('<img src=x onerror="alert(2)">');
    expect(await page.title()).toContain('<script>alert(5)</script>');
  }, BROWSER_TIMEOUT_MS);
});
