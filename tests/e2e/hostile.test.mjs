// Text a hostile user types, and what leaves the app with it: the Markdown report renders as the
// text that was typed in a Markdown viewer that passes HTML through (cmark-gfm --unsafe).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  assertNoProblems, click, control, fill, openApp, shown, startProgram, useServerAndBrowser,
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
  await click(page, 'tab', 'Clarity baseline');
  const scope = `I own ${payloads.join(' ')}`;
  await fill(page, 'Scope', scope);
  await click(page, 'button', 'Save scope');
  await click(page, 'tab', 'Report for a 1:1');
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
