// Hostile input in the browser: the page's Content-Security-Policy lets only the app's own
// files run, and values from links and CSV files are shown as text, never run. Every page here
// goes through withPage, which also fails on any CSP violation and on any request to another
// host than the test server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, textNumber, until, LOSS_TEXT } from './harness.mjs';

const env = useBrowser();

/**
 * The policy of index.html; script-src's sha256 sources (Trunk's loader and the service
 * worker's registration) are added by scripts/csp.
 */
const POLICY = [
  "default-src 'none'",
  /^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='$/,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** An <img> whose error handler marks the page (and, were it ever fetched, a foreign host). */
const IMG = '<img src=http://neurite.invalid/x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

/** Nothing injected ran or was inserted as markup. */
async function assertNothingRan(page) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected code ran');
  assert.equal(await page.locator('img').count(), 0, 'no <img> was inserted');
  const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent));
  assert.ok(!scripts.some((s) => s.includes('__pwned')), 'no <script> was inserted');
}

async function policyOf(page) {
  return page.evaluate(() =>
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
}

test('the playground loads under its policy with no violation, and the policy is enforced', async () => {
  await withPage(env, env.url, async (page) => {
    const directives = (await policyOf(page)).split(';').map((d) => d.trim());
    assert.equal(directives.length, POLICY.length, directives.join('; '));
    POLICY.forEach((want, i) =>
      (typeof want === 'string' ? assert.equal : assert.match)(directives[i], want));
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT);
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    assert.deepEqual(await page.cspViolations(), []);
    assert.deepEqual(page.errors, []);
    // An inline script added after load is refused, and reported as a violation.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return window.__inline;
    });
    assert.equal(ran, undefined, 'the policy blocks inline scripts');
    await until(async () => (await page.cspViolations()).length === 1, { what: 'the violation report' });
    assert.match((await page.cspViolations())[0], /^script-src-elem blocked inline/);
    await page.evaluate(() => { window.__cspViolations.length = 0; });
  });
});

test('a lab loads under the policy with no violation', async () => {
  await withPage(env, `${env.url}#lab=neuron`, async (page) => {
    assert.equal(await byId(page, 'error-message').count(), 0);
    assert.ok(Number.isFinite(await textNumber(page, 'y')));
    assert.deepEqual(await page.cspViolations(), []);
    assert.deepEqual(page.errors, []);
  }, undefined, 'y');
});

test('markup in a lab link value is shown as text, never run', async () => {
  const cases = [
    ['activation', SCRIPT, /^This lab link could not be opened \(activation: '<script>window\.__pwned=2<\/script>' is not one of/],
    ['inputs', IMG, /^This lab link could not be opened \(inputs: '<img src=http:\/\/neurite\.invalid\/x onerro…' is not a whole number\)/],
  ];
  for (const [key, value, shown] of cases) {
    await withPage(env, `${env.url}#lab=neuron&${key}=${value}`, async (page) => {
      assert.match(await byId(page, 'error-message').textContent(), shown);
      await assertNothingRan(page);
      assert.deepEqual(await page.cspViolations(), []);
    }, undefined, 'y');
  }
});

test('markup in a playground link value is shown as text, never run', async () => {
  await withPage(env, `${env.url}#activation=${IMG}`, async (page) => {
    const message = await byId(page, 'error-message').textContent();
    assert.match(message, /activation: '<img src=http:\/\/neurite\.invalid\/x/, message);
    await assertNothingRan(page);
  });
});

test('markup in CSV class and column names is data: imported, shared and reopened, never run', async () => {
  const quote = (s) => `"${s.replaceAll('"', '""')}"`;
  const rows = [`${quote(IMG)},b,kind`];
  for (let i = 0; i < 24; i++) rows.push(`${i % 6},${Math.floor(i / 6)},${quote(i % 2 ? IMG : SCRIPT)}`);
  const link = await withPage(env, env.url, async (page) => {
    await byId(page, 'csv-text').fill(rows.join('\n'));
    await byId(page, 'csv-apply').click();
    const ok = page.locator('.csv-ok');
    await ok.waitFor();
    assert.equal(await ok.textContent(), 'Loaded 24 points.');
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    await byId(page, 'share-weights').check();
    await byId(page, 'share').click();
    const link = await byId(page, 'share-link').inputValue();
    await assertNothingRan(page);
    assert.deepEqual(page.errors, []);
    return link;
  });
  await withPage(env, link, async (page) => {
    assert.equal(await byId(page, 'error-message').count(), 0);
    assert.equal(await textNumber(page, 'epoch'), 1);
    await assertNothingRan(page);
    assert.deepEqual(page.errors, []);
  });
});
