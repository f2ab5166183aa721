// Control tooltips link their glossary term: each main control of the playground and the
// labs has a "?" link `term-link-<id>` whose title is the term's definition in the current
// language (read from the glossary page itself, the oracle), and which opens the glossary
// at that entry, highlighted and focused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, screenshot } from './harness.mjs';

const env = useBrowser();
const PHONE = { width: 390, height: 844 };

async function setLang(page, lang, readyId) {
  await page.evaluate((l) => localStorage.setItem('neurite.lang', l), lang);
  await page.reload();
  await byId(page, readyId).first().waitFor();
}

/** `{ id: definition }` of the glossary in `lang`. */
async function definitions(lang) {
  return withPage(env, env.url + '#lab=glossary', async (page) => {
    await setLang(page, lang, 'term');
    return page.locator('[data-testid="term"]').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.dataset.term, e.querySelector('dd').firstChild.textContent.trim()])));
  }, undefined, 'labs-menu');
}

/** Where each set of controls lives, the terms it must link, the element that says it is ready. */
const PAGES = [
  ['', ['learning-rate', 'regularization', 'dropout', 'early-stopping', 'epoch', 'inference', 'splits',
    'activation', 'batch-norm', 'layer'], 'epoch', 'playground'],
  ['#lab=overfit', ['learning-rate', 'epoch', 'regularization', 'dropout', 'early-stopping', 'cross-validation'],
    'scrubber', 'lab-overfit'],
  ['#lab=normalize', ['learning-rate', 'normalization', 'batch-norm', 'layer-norm'], 'norm-run', 'lab-normalize'],
  ['#lab=activation', ['activation'], 'activation', 'lab-activation'],
  ['#lab=descent', ['learning-rate'], 'learning-rate', 'lab-descent'],
];

test('every main control links its glossary term, titled with its definition, in EN and JA', async () => {
  for (const lang of ['en', 'ja']) {
    const defs = await definitions(lang);
    for (const [hash, terms, ready, shot] of PAGES) {
      await withPage(env, env.url + hash, async (page) => {
        await setLang(page, lang, ready);
        for (const id of terms) {
          const a = byId(page, `term-link-${id}`);
          assert.equal(await a.count(), 1, `${hash || 'playground'} has one term-link-${id} (${lang})`);
          assert.ok(defs[id], `glossary has ${id}`);
          assert.equal(await a.getAttribute('title'), defs[id], `${id}'s tooltip is its definition (${lang})`);
          assert.equal(await a.getAttribute('href'), `#lab=glossary&term=${id}`);
          assert.ok(await a.isVisible(), `term-link-${id} is visible`);
        }
        if (hash === '' || hash === '#lab=overfit') await screenshot(page, `term-links-${shot}-${lang}`);
        assert.deepEqual(page.errors, []);
      }, undefined, 'labs-menu');
    }
  }
});

test('a term link opens the glossary with that entry highlighted and focused', async () => {
  for (const [hash, id, ready] of [['', 'dropout', 'epoch'], ['#lab=normalize', 'batch-norm', 'norm-run'],
    ['#lab=overfit', 'cross-validation', 'scrubber']]) {
    await withPage(env, env.url + hash, async (page) => {
      await byId(page, ready).first().waitFor();
      await byId(page, `term-link-${id}`).click();
      const entry = page.locator(`[data-testid="term"][data-term="${id}"]`);
      await entry.waitFor();
      assert.match(page.url(), new RegExp(`#lab=glossary&term=${id}$`));
      assert.match(await entry.getAttribute('class'), /\bhighlighted\b/);
      await page.waitForFunction((t) => document.activeElement?.dataset?.term === t, id);
      assert.equal(await page.locator('[data-testid="term"].highlighted').count(), 1, 'only that entry');
      const box = await entry.boundingBox();
      const view = page.viewportSize();
      assert.ok(box.y >= 0 && box.y < view.height, `the entry is scrolled into view (${box.y})`);
      if (id === 'cross-validation') await screenshot(page, 'term-glossary-highlight-en');
    }, PHONE, 'labs-menu');
  }
});

test('a glossary link with an unknown term opens the whole glossary, nothing highlighted', async () => {
  await withPage(env, env.url + '#lab=glossary&term=quantum', async (page) => {
    await byId(page, 'term').first().waitFor();
    assert.equal(await page.locator('[data-testid="term"].highlighted').count(), 0);
    assert.equal(await byId(page, 'error-message').count(), 0);
    assert.deepEqual(page.errors, []);
  }, undefined, 'labs-menu');
});

test('term links on a phone (JA): visible, the glossary highlighted', async () => {
  await withPage(env, env.url, async (page) => {
    await setLang(page, 'ja', 'epoch');
    await byId(page, 'term-link-dropout').scrollIntoViewIfNeeded();
    assert.ok(await byId(page, 'term-link-dropout').isVisible());
    await screenshot(page, 'term-links-playground-phone-ja');
    await byId(page, 'term-link-dropout').click();
    await page.locator('[data-testid="term"].highlighted').waitFor();
    await screenshot(page, 'term-glossary-highlight-phone-ja');
  }, PHONE);
});
