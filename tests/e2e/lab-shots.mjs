// The screenshots every lab is looked at in, taken one way: English and Japanese at desktop
// size, Japanese on a phone (the longer text at the narrower width).
import assert from 'node:assert/strict';
import { DESKTOP, screenshot, withPage } from './harness.mjs';

/** A phone's viewport (an iPhone 12–15's CSS pixels). */
export const PHONE = { width: 390, height: 844 };

/** [language, viewport, file-name suffix] of each view. */
export const LAB_VIEWS = [
  ['en', DESKTOP, 'en'],
  ['ja', DESKTOP, 'ja'],
  ['ja', PHONE, 'phone'],
];

/**
 * Saves `target/screenshots/<name>-en.png`, `-ja.png` and `-phone.png` of the page at `url`:
 * in each view, sets the language, reloads, waits for `readyId`, runs `prepare(page)` (train,
 * run, scrub…), then checks that the page does not scroll sideways and logged no error
 * (`withPage` also fails on a request to another host or a CSP violation).
 */
export async function labScreenshots(env, url, name, readyId, prepare = async () => {}) {
  for (const [lang, viewport, suffix] of LAB_VIEWS) {
    await withPage(env, url, async (page) => {
      await page.evaluate((l) => localStorage.setItem('neurite.lang', l), lang);
      await page.reload();
      await page.getByTestId(readyId).waitFor();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 5_000 });
      await prepare(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `${name}-${suffix}: no sideways scrolling (${width} px)`);
      await screenshot(page, `${name}-${suffix}`);
      assert.deepEqual(page.errors, []);
    }, viewport, readyId);
  }
}
