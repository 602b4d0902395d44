// The page as the field's own auditor sees it: axe-core (pinned in package.json) with the WCAG 2.2
// A and AA rules and its best practices, on every screen of the example workbook, the welcome
// screen, an open import dialog, the kiosk's setup and session screens and the report preview, in
// the light, dark and high-contrast themes. Not one violation is allowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  click, control, openApp, openReplaceDialog, settled, setUpKiosk, shown, startProgram,
  useServerAndBrowser,
} from './helpers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const screens = ['Autonomy map', 'Clarity baseline', 'Responsibility loop', 'Influence trial', 'History',
  'Stability check', 'Report for a 1:1', 'Safety and support', 'Today'];

// The violations axe finds on the page as it stands, one line each, with where.
async function violations(page, where) {
  await settled(page);
  const found = await page.evaluate(async ({ source, rules }) => {
    if (!window.axe) (0, eval)(source); // the page's CSP is bypassed for this test's context only
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: rules } });
    return results.violations.map((violation) => `${violation.impact} ${violation.id}: ` +
      violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', '));
  }, { source: axeSource, rules });
  return found.map((line) => `${where}: ${line}`);
}

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`axe-core finds no violation on any screen, dialog or kiosk screen (${theme} theme)`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.addInitScript((theme) => localStorage.setItem('leeway.theme', theme), theme);
    const { page } = await openApp(context, env.server.url, { now: nov26 });
    const found = [];
    await shown(control(page, 'heading', 'Start your 30 days'));
    found.push(...await violations(page, 'welcome'));

    await startProgram(page, 'Reviews wait on my lead');
    found.push(...await violations(page, 'today, day 1'));
    await click(page, 'button', 'Open the example workbook');
    for (const screen of screens) {
      await click(page, 'link', screen);
      found.push(...await violations(page, `${screen} (example)`));
    }
    await click(page, 'link', 'Report for a 1:1');
    await shown(control(page, 'heading', 'Preview'));
    found.push(...await violations(page, 'report preview'));
    await click(page, 'button', 'Settings and backup');
    found.push(...await violations(page, 'settings open'));
    await click(page, 'button', 'Close the example');

    await openReplaceDialog(page);
    found.push(...await violations(page, 'import dialog'));
    await click(page, 'button', 'Keep what I have');

    await page.goto(`${env.server.url}#/kiosk`);
    await shown(control(page, 'heading', 'Set up a training kiosk'));
    found.push(...await violations(page, 'kiosk setup'));
    await setUpKiosk(page, env.server.url, { pin: '482915' });
    found.push(...await violations(page, 'kiosk welcome'));
    await click(page, 'button', 'Start my session');
    await shown(control(page, 'button', 'Finish my session'));
    found.push(...await violations(page, 'kiosk session'));
    assert.deepEqual(found, [], `axe-core ${JSON.parse(readFileSync(createRequire(import.meta.url)
      .resolve('axe-core/package.json'), 'utf8')).version} found:\n${found.join('\n')}`);
    await context.close();
  });
}
