/**
 * The HTML dossier in a real browser (Debian's Chromium through playwright-core): it makes no
 * network request, shows its title and sections, and a hostile article's markup stays text.
 * The ClaimReview JSON-LD, embedded the usual way in `<script type="application/ld+json">`,
 * cannot break out of its element, and parses back to the same items.
 *
 * Without Chromium at /usr/bin/chromium the suite is skipped, except under CI=true, where it fails.
 * PARALLAX_SCREENSHOT=<file.png> keeps the screenshot of the example dossier at that path,
 * PARALLAX_HOSTILE_SCREENSHOT=<file.png> the one of the hostile dossier.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
/** Two conflicting articles whose text, outlet, title, URL and byline carry script, javascript: and formula payloads. */
const HOSTILE_CLAIMS = 'fixtures/extra/hostile-claims';
/** How long injected code gets to run (a dialog, an error) before the page is judged. */
const SETTLE_MS = 200;
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
    return load(run.stdout, name);
  }

  /** Loads a page from a file with every request but its own blocked, recording dialogs. */
  async function load(html: string, name: string): Promise<Loaded> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
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

  /** A page that embeds JSON-LD the way sites do, with no Content-Security-Policy to catch a mistake. */
  const jsonLdPage = (jsonLd: string): string =>
    `<!doctype html><html><head><meta charset="utf-8"><title>review</title><script type="application/ld+json">${jsonLd}</script></head>` +
    '<body><p id="after">after the JSON-LD</p></body></html>';
  const readJsonLd = "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)";

  it('embeds the ClaimReview JSON-LD in a script element: no dialog, no other script, parsed back equal', async () => {
    const run = await cli(['brief', HOSTILE_CLAIMS, '--format', 'claimreview']);
    expect(run.code, run.stderr).toBe(0);
    const items = JSON.parse(run.stdout);
    expect(items.length).toBeGreaterThan(0);
    const { page, dialogs, requests } = await load(jsonLdPage(run.stdout), 'claimreview');
    await page.waitForTimeout(SETTLE_MS);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.evaluate('document.scripts.length')).toBe(1);
    expect(await page.locator('#after').innerText()).toBe('after the JSON-LD');
    expect(await page.evaluate(readJsonLd)).toEqual(items);
    const publishers = items.flatMap((i: { itemReviewed: { appearance: { publisher: { name: string } }[] } }) =>
      i.itemReviewed.appearance.map((a) => a.publisher.name));
    expect(publishers).toContain('Pier Post </script><script>alert(4)</script>');
    const urls = items.flatMap((i: { itemReviewed: { appearance: { url?: string }[] } }) => i.itemReviewed.appearance.flatMap((a) => a.url ?? []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\//);
  }, BROWSER_TIMEOUT_MS);

  it('would run the payload if the JSON-LD were embedded unescaped (the check above can fail)', async () => {
    const run = await cli(['brief', HOSTILE_CLAIMS, '--format', 'claimreview']);
    const naive = JSON.stringify(JSON.parse(run.stdout), null, 2);
    const { page, dialogs } = await load(jsonLdPage(naive), 'claimreview-naive');
    await page.waitForTimeout(SETTLE_MS);
    expect(dialogs).toEqual(['4']);
  }, BROWSER_TIMEOUT_MS);

  it('keeps the hostile claims inert in the HTML dossier even without its Content-Security-Policy', async () => {
    const run = await cli(['brief', HOSTILE_CLAIMS, '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    const withoutCsp = run.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutCsp).not.toBe(run.stdout);
    const { page, dialogs, requests } = await load(withoutCsp, 'hostile-claims');
    await page.waitForTimeout(SETTLE_MS);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('script, img, svg, iframe, object, embed').count()).toBe(0);
    const hrefs = await page.evaluate("[...document.querySelectorAll('[href], [src], [action], [formaction]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')");
    expect(hrefs).toEqual(['https://example.org/pier?q=%22%3E%3C/script%3E%3Cscript%3Ealert(10)%3C/script%3E']);
    const body = await page.locator('body').innerText();
    expect(body).toContain('would cost 20 million euros, javascript:alert(2) more than');
    expect(body).toContain('Pier Post </script><script>alert(4)</script>');
    expect(await page.title()).toBe('Pier closed </script><script>alert(5)</script>');
    const shot = process.env.PARALLAX_HOSTILE_SCREENSHOT ?? join(dir, 'hostile-claims.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  }, BROWSER_TIMEOUT_MS);
});
