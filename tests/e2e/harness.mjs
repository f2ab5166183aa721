// Shared end-to-end harness: serves dist/ on a loopback port from this process and drives
// Debian's Chromium through playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Serves dist/ on 127.0.0.1 with an ephemeral port, under the path `base` (`/` by default;
 * `/neurite/` serves it as a GitHub project site would be). Anything outside `base` is a 404,
 * and `base` without its trailing slash redirects to it, as static hosts do.
 * Returns { url, origin, base, close }.
 */
export async function serveDist({ base = '/' } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base ${base}: /…/ expected`);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (base !== '/' && path === base.slice(0, -1)) {
        res.writeHead(301, { location: base });
        res.end();
        return;
      }
      if (!path.startsWith(base)) throw new Error('outside the base path');
      const rel = path.slice(base.length);
      const file = normalize(join(DIST, rel === '' ? 'index.html' : rel));
      if (!file.startsWith(DIST)) throw new Error('outside dist');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${base}`, origin, base, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches headless Debian Chromium with the flags this machine needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The viewport pages open with unless a test asks for another. */
export const DESKTOP = { width: 1400, height: 950 };

/** Records console errors and uncaught exceptions of `page` in `page.errors`. */
function recordErrors(page) {
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
}

/** Whether a request to `url` goes to another host than `origin`'s (data:, blob: stay). */
function foreign(url, origin) {
  const u = new URL(url);
  return ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol) && u.host !== new URL(origin).host;
}

/**
 * Opens `url` in a fresh browser context (its own storage), waits for the app (its element
 * `readyId`: `epoch` on the playground, a lab's own number in a lab), runs
 * `fn(page)` and closes the context in a `finally`, so a failing test leaks no browser
 * context. Returns what `fn` returns.
 *
 * On the page: `page.errors` records console errors and uncaught exceptions,
 * `page.requests` every URL requested, `page.failed` every request that failed or got a
 * 4xx/5xx answer, `page.cspViolations()` the Content-Security-Policy violations reported so
 * far (`securitypolicyviolation` events). Requests to any host but the test server are
 * aborted and fail the test, whatever `fn` asserts, and so does any CSP violation.
 */
export async function withPage(env, url, fn, viewport = DESKTOP, readyId = 'epoch') {
  const context = await env.browser.newContext({ viewport: viewport ?? DESKTOP });
  const origin = new URL(env.url).origin;
  const external = [];
  let failure = null;
  try {
    await context.route((u) => foreign(u.href, origin), (route) => route.abort('blockedbyclient'));
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}` +
          (e.sample ? ` (${e.sample})` : ''));
      });
    });
    const page = await context.newPage();
    page.errors = [];
    page.requests = [];
    page.failed = [];
    page.cspViolations = () => page.evaluate(() => window.__cspViolations ?? []);
    context.on('request', (req) => {
      page.requests.push(req.url());
      if (foreign(req.url(), origin)) external.push(req.url());
    });
    context.on('requestfailed', (req) => page.failed.push(`${req.url()}: ${req.failure()?.errorText}`));
    context.on('response', (res) => {
      if (res.status() >= 400) page.failed.push(`${res.url()}: HTTP ${res.status()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') page.errors.push(msg.text());
    });
    page.on('pageerror', (err) => page.errors.push(String(err)));
    await page.goto(url);
    await page.getByTestId(readyId).waitFor({ timeout: 30_000 });
    const result = await fn(page);
    const violations = page.isClosed() ? [] : await page.cspViolations();
    if (violations.length) throw new Error(`Content-Security-Policy violations: ${violations.join('; ')}`);
    return result;
  } catch (err) {
    failure = err;
    throw err;
  } finally {
    await context.close();
    if (external.length) {
      // Reported even when `fn` failed for another reason (kept as the cause).
      const hosts = [...new Set(external)].join(', ');
      throw new Error(`requests to other hosts than the test server: ${hosts}`, { cause: failure });
    }
  }
}

/**
 * The same page as `withPage` gives, for a test that needs two pages at once; the caller
 * closes `page.context()` in a `finally`.
 */
export async function openPage(browser, url, viewport = DESKTOP, readyId = 'epoch') {
  const context = await browser.newContext({ viewport: viewport ?? DESKTOP });
  try {
    // Nothing may reach another host, as in `withPage`.
    const origin = new URL(url).origin;
    await context.route((u) => foreign(u.href, origin), (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    recordErrors(page);
    await page.goto(url);
    await page.getByTestId(readyId).waitFor({ timeout: 30_000 });
    return page;
  } catch (e) {
    await context.close();
    throw e;
  }
}

export const byId = (page, id) => page.getByTestId(id);

/** A loss read-out's text: a finite, non-negative number to 3 decimals. */
export const LOSS_TEXT = /^\d+\.\d{3}$/;

export async function textNumber(page, id) {
  const text = (await byId(page, id).textContent()).trim();
  return Number(text);
}

/** A stable fingerprint of the output heatmap's pixels (the canvas' RGBA bytes). */
export async function canvasPixels(page, id = 'output-heatmap') {
  return byId(page, id).evaluate((canvas) => {
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 2166136261;
    for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data[i], 16777619) >>> 0;
    return { hash, width: canvas.width, height: canvas.height };
  });
}

/** Sets an <input>'s value as a user would (input + change events). */
export async function setInputValue(page, id, value) {
  await byId(page, id).evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Polls `fn` until it returns a truthy value or the timeout passes. */
export async function until(fn, { timeout = 20_000, interval = 100, what = 'condition' } = {}) {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/** Waits until the epoch counter stops moving (training paused), then returns it. */
export async function settledEpoch(page) {
  let last = -1;
  await until(async () => {
    const now = await textNumber(page, 'epoch');
    const stable = now === last;
    last = now;
    return stable;
  }, { interval: 300, what: 'the epoch counter to settle' });
  return last;
}

/** The 60-point noisy sine with a 1-8-8-1 network: the teaching example for overfitting. */
export const SINE_LINK =
  '#regDataset=sine&problem=regression&networkShape=8,8&activation=tanh&learningRate=0.03' +
  '&optimizer=adam&percTrainData=50&percValData=25&batchSize=10&x=true';

/**
 * Registers hooks that serve dist/ (under `base`, see `serveDist`) and launch Chromium once
 * for the calling test file. Returns a handle whose `browser`, `url` (origin + base) and
 * `origin` are set once the suite starts.
 */
export function useBrowser({ base = '/' } = {}) {
  const env = { browser: null, url: '', origin: '', server: null };
  before(async () => {
    env.server = await serveDist({ base });
    env.url = env.server.url;
    env.origin = env.server.origin;
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
