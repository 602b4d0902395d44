// Text a hostile user types, and what leaves the app with it: the Markdown report renders as the
// text that was typed in a Markdown viewer that passes HTML through (cmark-gfm --unsafe).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  assertNoProblems, click, control, fill, openApp, readStoredDocument, settled, shown, startProgram,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

const payloads = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<https://evil.example>',
  '&lt;b&gt; &amp;', '[link](javascript:alert(1))', '![pixel](https://evil.example/p.png)',
  '*bold* _it_ ~~gone~~ `code` | cell |', '<a href="https://evil.example">here</a>',
];

function decodeEntities(html) {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

test('the Markdown report shows typed HTML, links and emphasis as the text typed', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Reviews wait on my lead');
  await click(page, 'link', 'Clarity baseline');
  const scope = `I own ${payloads.join(' ')}`;
  await fill(page, 'Scope', scope);
  await click(page, 'button', 'Save scope');
  await click(page, 'link', 'Report for a 1:1');
  await shown(control(page, 'heading', 'Report for a 1:1'));
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Download as Markdown')]);
  const markdown = readFileSync(await download.path(), 'utf8');

  const rendered = spawnSync('cmark-gfm', ['--unsafe', '--extension', 'autolink', '--extension', 'strikethrough',
    '--extension', 'table'], { input: markdown, encoding: 'utf8' });
  assert.equal(rendered.status, 0, rendered.stderr);
  const html = rendered.stdout;
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((match) => match[1].toLowerCase());
  assert.deepEqual([...new Set(tags)].filter((tag) => !['h1', 'h2', 'p', 'ul', 'li'].includes(tag)), [],
    `only the report's own structure is markup:\n${html}`);
  const scopeParagraph = html.split('<h2>Scope</h2>\n')[1].split('\n')[0];
  assert.equal(decodeEntities(scopeParagraph.replace(/^<p>|<\/p>$/g, '')), scope);
  assertNoProblems(problems);
  await context.close();
});

// 10,000 characters pasted into a field: the field says, as an alert, that the text is too long
// to save and by how much, the button adds nothing, and the text stays for the user to shorten.
test('over-long text is refused with an announced message and kept in its field', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Reviews wait on my lead');
  const long = 'Ünïcode blocker text, repeated. '.repeat(320).slice(0, 10000);
  const short = long.slice(0, 500).trim();
  const cases = [
    { tab: 'Clarity baseline', field: 'New blocker', button: 'Add blocker',
      stored: (workbook) => workbook.program.clarity.blockers.map((blocker) => blocker.text) },
    { tab: 'Safety and support', field: 'Support contacts', button: 'Save contacts',
      stored: (workbook) => [workbook.safety.support_contacts] },
  ];
  for (const { tab, field, button, stored } of cases) {
    await click(page, 'link', tab);
    await fill(page, field, long);
    const alert = page.getByRole('alert').filter({ hasText: /^Too long to save: \d+ characters over/ });
    await shown(alert);
    await click(page, 'button', button);
    await settled(page);
    await shown(alert); // still said after the press, and the text is all there
    const value = await page.evaluate((name) => window.leeway.screen.items.find(
      (item) => item.role === 'textbox' && item.name === name).value, field);
    assert.equal(value, long, `${field} keeps what was typed`);
    assert.ok(!stored(JSON.parse(await readStoredDocument(page)).workbook).some((saved) => saved.length > 1000));
    // Shortened to what fits, it saves, and the message goes.
    await fill(page, field, short);
    assert.ok(!(await page.evaluate(() => window.leeway.screen.items.some(
      (item) => item.name && item.name.startsWith('Too long to save')))), 'the message goes once the text fits');
    await click(page, 'button', button);
    for (let attempt = 0; attempt < 50; attempt++) {
      if (stored(JSON.parse(await readStoredDocument(page)).workbook).includes(short)) break;
      await page.waitForTimeout(100);
    }
    assert.ok(stored(JSON.parse(await readStoredDocument(page)).workbook).includes(short), `${field} saved once it fits`);
  }
  assertNoProblems(problems);
  await context.close();
});
