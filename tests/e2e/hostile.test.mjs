// Hostile input in the browser: enormous and deeply nested hashes, non-finite and overflowing
// numbers in every key of the share link (the keys read from the codec's own table) and of
// every lab link (the keys its encoder writes), huge shapes, markup in every text that can
// reach the page, CSVs of 10⁵ rows or 10³ columns, binary garbage pasted as CSV.
//
// For each: the page stays responsive (the worst gap between animation frames while it
// handles the input is measured and must stay under HANG_MS, a hang detector only; the real
// figures are printed as a table and kept in docs/SECURITY.md), says specifically what is
// wrong, and keeps the state it had; nothing injected runs or becomes an element.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { useBrowser, withPage, byId, textNumber, until, LOSS_TEXT } from './harness.mjs';

const env = useBrowser();
const ROOT = resolve(import.meta.dirname, '..', '..');

/** A generous bound on the worst frame gap: only a hang fails. */
const HANG_MS = 2000;

/** Rows of the report: [input, what the page did, worst frame gap in ms]. */
const report = [];
after(async () => {
  const lines = ['| input | what the page did | worst frame (ms) |', '|---|---|---:|'];
  // Markup is escaped so the table shows it as text when rendered.
  const cell = (s) => String(s).replaceAll('&lt;', '<').replaceAll('<', '&lt;').replaceAll('|', '\\|');
  for (const [input, did, ms] of report) lines.push(`| ${cell(input)} | ${cell(did)} | ${ms.toFixed(0)} |`);
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  await mkdir(join(ROOT, 'target'), { recursive: true });
  await writeFile(join(ROOT, 'target', 'hostile-report.md'), `${table}\n`);
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

/** Records the longest gap between animation frames since the last `resetFrames`. */
function frameMonitor() {
  window.__frames = { last: performance.now(), worst: 0 };
  const loop = (t) => {
    const f = window.__frames;
    f.worst = Math.max(f.worst, t - f.last);
    f.last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Opens the playground with the frame monitor, trains one epoch and runs `fn(page)`. */
async function withTrained(url, fn, readyId = 'epoch') {
  return withPage(env, url, async (page) => {
    await page.context().addInitScript(frameMonitor);
    await page.reload();
    await byId(page, readyId).waitFor({ timeout: 30_000 });
    if (readyId === 'epoch') {
      await byId(page, 'step').click();
      await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    }
    await fn(page);
    assert.deepEqual(page.errors, []);
  }, undefined, readyId);
}

/**
 * Runs `action`, waits for `settled` to return a description of what the page did, and two
 * more frames; records and returns the worst frame gap meanwhile.
 */
async function measured(page, input, action, settled, { bound = true } = {}) {
  await page.evaluate(() => { window.__frames.worst = 0; window.__frames.last = performance.now(); });
  await action();
  const did = await until(settled, { timeout: 30_000, what: `the page's answer to ${input}` });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const worst = await page.evaluate(() => window.__frames.worst);
  report.push([input, did, worst]);
  if (bound) assert.ok(worst < HANG_MS, `${input}: a frame took ${worst.toFixed(0)} ms`);
  return did;
}

/** Nothing injected ran or became an element. */
async function assertNothingInjected(page, what) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${what}: injected code ran`);
  const found = await page.evaluate(() => ({
    img: document.querySelectorAll('img, iframe, object, embed').length,
    script: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  assert.deepEqual(found, { img: 0, script: 0 }, what);
}

/** The state a hostile input must leave alone: epoch, network, losses. */
const snapshot = (page) => page.evaluate(() => ({
  epoch: document.querySelector('[data-testid="epoch"]').textContent,
  neurons: document.querySelectorAll('[data-testid^="neuron-"]').length,
  loss: document.querySelector('[data-testid="loss-train"]').textContent,
}));

/** The banner's text, once it says something other than `before`. */
const newMessage = (page, before) => async () => {
  const text = await page.evaluate(() => document.querySelector('[data-testid="error-message"]')?.textContent ?? null);
  return text !== null && text !== before && text;
};

/** Opens `hash` as a navigation of the running page (hashchange). */
const navigate = (page, hash) => page.evaluate((h) => { location.hash = h; }, hash);

/** Navigates to a hostile hash and checks the page refused it and kept its state. */
async function refusedHash(page, input, hash, expect) {
  const before = await snapshot(page);
  const previous = await page.evaluate(() => document.querySelector('[data-testid="error-message"]')?.textContent ?? null);
  const message = await measured(page, input, () => navigate(page, hash), newMessage(page, previous));
  assert.match(message, /^This link could not be opened \(.+\)\. The playground is as it was\.$/s, input);
  if (expect) assert.match(message, expect, input);
  assert.deepEqual(await snapshot(page), before, `${input}: the state is kept`);
  await assertNothingInjected(page, input);
  return message;
}

/** The share link's keys, from the codec's own table. */
async function linkKeys() {
  const table = await readFile(join(ROOT, 'crates/playground/src/link/table.rs'), 'utf8');
  const keys = [...table.matchAll(/Key \{ name: "([A-Za-z0-9]+)"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 40, `found ${keys.length} keys`);
  return keys;
}

test('enormous and deeply nested hashes are refused quickly, the state kept', async () => {
  await withTrained(env.url, async (page) => {
    const mb = 1 << 20;
    await refusedHash(page, '1 MB value of networkShape', `networkShape=${'1,'.repeat(mb / 2)}`, /networkShape/);
    await refusedHash(page, '1 MB w= blob of base64 garbage', `w=${'A'.repeat(mb)}`, /w \(weights\/points blob\)/);
    await refusedHash(page, '1 MB of one unknown key repeated', `${'zz=1&'.repeat(mb / 5)}networkShape=0`);
    await refusedHash(page, '10⁵ nested brackets', `activation=${'['.repeat(1e5)}${']'.repeat(1e5)}`, /activation/);
    await refusedHash(page, '10⁵ hashes in a hash', `activation=${'%23'.repeat(1e5)}`, /activation/);
    await refusedHash(page, '50 levels of percent-encoding', `activation=${'%25'.repeat(50)}3C`, /activation/);
    await refusedHash(page, '10⁵ ampersands', `${'&'.repeat(1e5)}learningRate=x`, /learningRate/);
    await refusedHash(page, '10⁵ keys, each given twice', `${Array.from({ length: 5e4 }, (_, i) => `k${i}=1`).join('&')}&seed=1&seed=2`, /seed: given more than once/);
  });
});

test('huge shapes are refused with the limit they break', async () => {
  await withTrained(env.url, async (page) => {
    await refusedHash(page, 'networkShape=99999', 'networkShape=99999', /width must be 1\.\.=32, got 99999/);
    await refusedHash(page, '1000 hidden layers', `networkShape=${Array(1000).fill(8).join(',')}`);
    await refusedHash(page, 'networkShape=1e309', 'networkShape=1e309', /networkShape/);
    await refusedHash(page, '65 input features by points', `points=${'9'.repeat(400)}`, /points/);
    await refusedHash(page, 'batchSize=1e12', 'batchSize=1000000000000', /batchSize/);
  });
});

test('NaN, ±Infinity, -0 and 1e309 in every key of the share link', async () => {
  const keys = await linkKeys();
  const values = ['NaN', 'Infinity', '-Infinity', '-0', '1e309'];
  await withTrained(env.url, async (page) => {
    const outcome = { refused: 0, opened: 0 };
    let worst = 0;
    for (const key of keys) {
      for (const value of values) {
        const input = `${key}=${value}`;
        const before = await snapshot(page);
        const previous = await page.evaluate(() => document.querySelector('[data-testid="error-message"]')?.textContent ?? null);
        await page.evaluate(() => { window.__frames.worst = 0; window.__frames.last = performance.now(); });
        await navigate(page, `${input}&v=1`);
        // Either the banner names this key, or the link opened (a value the key accepts).
        const did = await until(async () => {
          const message = await newMessage(page, previous)();
          if (message) return { message };
          const hash = await page.evaluate(() => location.hash);
          const now = await snapshot(page);
          return !hash.includes(`${input}&v=1`) && now.epoch === '0' && { opened: true };
        }, { timeout: 10_000, what: input });
        worst = Math.max(worst, await page.evaluate(() => window.__frames.worst));
        if (did.message) {
          outcome.refused++;
          assert.match(did.message, new RegExp(`\\(${key}[ :]|${key}`), `${input}: ${did.message}`);
          assert.deepEqual(await snapshot(page), before, `${input}: the state is kept`);
        } else {
          outcome.opened++;
          assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT, `${input} opened with finite losses`);
          // Back to a trained state for the next key.
          await byId(page, 'step').click();
          await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
        }
      }
    }
    report.push([`${keys.length} keys × {NaN, Infinity, -Infinity, -0, 1e309}`,
      `${outcome.refused} refused naming the key, state kept; ${outcome.opened} accepted as valid values (finite losses)`, worst]);
    assert.ok(worst < HANG_MS, `a frame took ${worst} ms`);
  });
});

test('NaN, ±Infinity, -0 and 1e309 in every key of every lab link', async () => {
  for (const lab of ['neuron', 'activation', 'sigma', 'descent', 'nonlinear']) {
    await withPage(env, `${env.url}#lab=${lab}`, async (page) => {
      await page.context().addInitScript(frameMonitor);
      await page.reload();
      await byId(page, 'lab-share-link').waitFor();
      const link = await until(() => byId(page, 'lab-share-link').inputValue(), { what: 'the lab link' });
      const keys = [...new URL(link).hash.slice(1).split('&').map((kv) => kv.split('=')[0])].filter((k) => k !== 'lab');
      assert.ok(keys.length >= 2, `${lab}: ${link}`);
      let refused = 0;
      const accepted = [];
      let worst = 0;
      for (const key of keys) {
        for (const value of ['NaN', 'Infinity', '-Infinity', '1e309', IMG]) {
          await page.evaluate(() => { window.__frames.worst = 0; window.__frames.last = performance.now(); });
          await navigate(page, `lab=${lab}&${key}=${encodeURIComponent(value)}`);
          const message = await until(() => page.evaluate(() => document.querySelector('[data-testid="error-message"]')?.textContent),
            { timeout: 1500, what: `${lab} ${key}=${value}` }).catch(() => null);
          worst = Math.max(worst, await page.evaluate(() => window.__frames.worst));
          if (message) {
            refused++;
            assert.match(message, new RegExp(key), `${lab} ${key}=${value}: ${message}`);
          } else {
            // Accepted: the lab's own link says what it made of the value, finite.
            const now = await byId(page, 'lab-share-link').inputValue();
            assert.doesNotMatch(now, /NaN|inf/i, `${lab} ${key}=${value} → ${now}`);
            accepted.push(`${key}=${value}`);
          }
          await assertNothingInjected(page, `${lab} ${key}=${value}`);
          await navigate(page, `lab=${lab}`);
          await until(async () => (await byId(page, 'error-message').count()) === 0, { what: 'the lab again' });
        }
      }
      report.push([`lab=${lab}: ${keys.length} keys × {NaN, ±Infinity, 1e309, markup}`, `${refused} of ${keys.length * 5} refused naming the key${accepted.length ? `; accepted with finite values: ${accepted.join(', ')}` : ''}; nothing injected`, worst]);
      assert.ok(worst < HANG_MS);
      assert.deepEqual(page.errors, []);
    }, undefined, 'lab-share');
  }
});

test('markup in every key of the share link is shown as text, never run', async () => {
  const keys = await linkKeys();
  await withTrained(env.url, async (page) => {
    let worst = 0;
    for (const key of keys) {
      for (const value of [IMG, SCRIPT]) {
        await page.evaluate(() => { window.__frames.worst = 0; window.__frames.last = performance.now(); });
        await navigate(page, `${key}=${encodeURIComponent(value)}`);
        await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
        worst = Math.max(worst, await page.evaluate(() => window.__frames.worst));
        await assertNothingInjected(page, `${key}=${value}`);
        const message = await page.evaluate(() => document.querySelector('[data-testid="error-message"]')?.textContent ?? '');
        if (message.includes('<')) assert.ok(message.includes(value.slice(0, 20)), `${key}: shown as text: ${message}`);
      }
    }
    report.push([`markup (<img onerror>, <script>) in each of ${keys.length} link keys`, 'shown as text in the banner or refused; no element created, nothing ran', worst]);
  });
});

const csvOutcome = (page) => page.evaluate(() =>
  document.querySelector('.csv-error')?.textContent ?? document.querySelector('.csv-ok')?.textContent ?? null);

/** Waits until the browser has laid the paste box out (frames flow again). */
async function framesFlow(page) {
  await page.evaluate(() => new Promise((ok) => {
    let last = performance.now();
    let calm = 0;
    const frame = (t) => {
      calm = t - last < 50 ? calm + 1 : 0;
      last = t;
      if (calm >= 10) ok(); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }));
}

/**
 * Pastes `text` and loads it. Pasting is measured apart: laying out a text area of a
 * 2.5 MB text is the browser's own work (seconds, reported, not bounded); loading it is ours.
 */
async function refusedCsv(page, input, text, expect) {
  const before = await snapshot(page);
  const previous = await csvOutcome(page);
  if (text.length > 100_000) {
    await measured(page, `${input}: pasting it into the box (the browser's layout)`, () =>
      byId(page, 'csv-text').evaluate((el, t) => { el.value = t; }, text), () => 'laid out', { bound: false });
    await framesFlow(page);
  } else {
    await byId(page, 'csv-text').evaluate((el, t) => { el.value = t; }, text);
  }
  const did = await measured(page, input, () => byId(page, 'csv-apply').click(), async () => {
    const now = await csvOutcome(page);
    return now !== null && now !== previous && now;
  });
  assert.match(did, expect, input);
  assert.deepEqual(await snapshot(page), before, `${input}: the data and network are kept`);
  await assertNothingInjected(page, input);
}

test('CSVs of 10⁵ rows or 10³ columns, binary garbage and markup', async () => {
  await withTrained(env.url, async (page) => {
    const rows = ['x,y,label'];
    for (let i = 0; i < 1e5; i++) rows.push(`${i % 97},${i % 89},${i % 2}`);
    await refusedCsv(page, 'CSV of 10⁵ rows (2.5 MB)', rows.join('\n'), /^Line 20002: too many rows \(at most 20000 data rows\)/);
    const wide = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    await refusedCsv(page, 'CSV of 10³ columns', `${wide.join(',')}\n${wide.map(() => 1).join(',')}\n`, /^Line 1: too many columns: 999 feature columns \(at most 64\)/);
    let seed = 7;
    const garbage = Array.from({ length: 1 << 16 }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return String.fromCharCode(seed >>> 24);
    }).join('');
    await refusedCsv(page, 'binary garbage pasted (64 KB)', garbage, /^Line \d+: /);
    await refusedCsv(page, 'markup in a column name and a value', `${IMG},label\n${SCRIPT},1\n2,0\n`,
      /^Line 2: column "<img src=x onerror="window\.__pwned=1">": "<script>window\.__pwned=2<\/script>" is not a number$/);
    // The largest file accepted: 20,000 rows of two features.
    const big = ['x,y,label'];
    for (let i = 0; i < 20000; i++) big.push(`${(i % 200) / 10},${Math.floor(i / 200) / 10},${(i % 200 < 100) ^ (i < 10000) ? 1 : 0}`);
    await byId(page, 'csv-text').evaluate((el, t) => { el.value = t; }, big.join('\n'));
    await framesFlow(page);
    const did = await measured(page, 'CSV of 20,000 rows (accepted)', () => byId(page, 'csv-apply').click(), async () => {
      const now = await csvOutcome(page);
      return now?.startsWith('Loaded 20000') && now;
    });
    assert.equal(did, 'Loaded 20000 points.');
    assert.equal(await textNumber(page, 'epoch'), 0, 'the new data starts untrained');
    // Training on it keeps frames flowing.
    await measured(page, 'training 20,000 points for 2 s', () => byId(page, 'play').click(), async () => {
      await page.waitForTimeout(2000);
      await byId(page, 'play').click();
      return `trained to epoch ${await textNumber(page, 'epoch')}`;
    });
  });
});

test('a file name with markup reaches the page as nothing but data', async () => {
  await withTrained(env.url, async (page) => {
    const name = `${IMG}${SCRIPT}.csv`;
    await measured(page, 'file named <img onerror><script>.csv', () => page.locator('.data-editor input[type=file]').setInputFiles({
      name, mimeType: 'text/csv', buffer: Buffer.from('a,b,label\n1,2,x\n3,4,y\n'),
    }), async () => (await csvOutcome(page)) === 'Loaded 2 points.' && 'imported its 2 points; the name is not shown');
    await assertNothingInjected(page, 'file name');
    // A chosen file of 10⁵ rows: refused, and not copied into the paste box to be laid out.
    const rows = ['x,y,label'];
    for (let i = 0; i < 1e5; i++) rows.push(`${i % 97},${i % 89},${i % 2}`);
    const before = await snapshot(page);
    const did = await measured(page, 'file of 10⁵ rows (2.5 MB) chosen', () => page.locator('.data-editor input[type=file]').setInputFiles({
      name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')),
    }), async () => (await csvOutcome(page))?.startsWith('Line 20002') && (await csvOutcome(page)));
    assert.equal(did, 'Line 20002: too many rows (at most 20000 data rows)');
    assert.equal(await byId(page, 'csv-text').inputValue(), '', 'too big to show in the box');
    assert.deepEqual(await snapshot(page), before, 'the state is kept');
  });
});
