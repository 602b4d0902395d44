// The page's Content Security Policy is strict and really enforced, the build needs no eval, and
// the guard that fails any test with a CSP violation or a request off the origin really sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  assertNoProblems, openApp, repoRoot, siteDir, startServer, takeGuardProblems, useServerAndBrowser,
} from './helpers.mjs';

const env = useServerAndBrowser();

const strictPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function parsePolicy(policy) {
  const directives = {};
  for (const part of policy.split(';').map((text) => text.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    assert.equal(directives[name], undefined, `${name} appears once`);
    directives[name] = sources;
  }
  return directives;
}

async function waitForGuardProblems(page, count) {
  const found = [];
  for (let attempt = 0; attempt < 50 && found.length < count; attempt++) {
    await page.waitForTimeout(100);
    found.push(...takeGuardProblems());
  }
  return found;
}

test('the page carries exactly the strict policy, before anything it governs', () => {
  const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy"\s+content="([^"]*)">/g)];
  assert.equal(metas.length, 1, 'one policy');
  assert.deepEqual(parsePolicy(metas[0][1]), strictPolicy);
  assert.doesNotMatch(metas[0][1], /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  // A policy in a <meta> governs only what comes after it.
  const policyAt = html.indexOf('Content-Security-Policy');
  for (const tag of ['<script', '<link', '<style']) {
    const first = html.indexOf(tag);
    assert.ok(first === -1 || first > policyAt, `${tag} comes after the policy`);
  }
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, 'no inline style or event handler attributes');
});

test('the server sends the page\'s policy as a header, with frame-ancestors, and no other site can frame the app', async () => {
  const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy"\s+content="([^"]*)">/)[1];
  const expected = { ...parsePolicy(meta), 'frame-ancestors': ["'none'"] };
  const response = await fetch(env.server.url);
  assert.deepEqual(parsePolicy(response.headers.get('content-security-policy')), expected);
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  // The README's lines for nginx and Caddy say the same.
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const nginx = readme.match(/add_header Content-Security-Policy "([^"]*)" always;/);
  const caddy = readme.match(/header Content-Security-Policy "([^"]*)"\n/);
  assert.ok(nginx && caddy, 'the README shows both');
  assert.deepEqual(parsePolicy(nginx[1]), expected);
  assert.deepEqual(parsePolicy(caddy[1]), expected);

  // A page of another origin that frames the app gets nothing from it.
  const framer = await startServer(path.join(repoRoot, 'tests/e2e/framer'));
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${framer.url}?app=${encodeURIComponent(env.server.url)}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForLoadState('load').catch(() => {});
  await page.waitForTimeout(1500); // the app, had it loaded, would have started by now
  assert.notEqual(frame.url(), env.server.url, 'the browser refused to show the app in the frame');
  assert.notEqual(await frame.evaluate(() => typeof window.leeway).catch(() => 'unreachable'), 'object');
  takeGuardProblems(); // the refused frame is this test's point, not a problem
  await context.close();
  await framer.close();
});

test('the compiled app needs no eval (linked with -sDYNAMIC_EXECUTION=0)', () => {
  const code = readFileSync(path.join(siteDir, 'leeway.js'), 'utf8');
  assert.doesNotMatch(code, /\beval\s*\(|new Function\s*\(/);
});

test('the browser enforces the policy, and the guard sees every refusal and foreign request', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await openApp(context, env.server.url);
  assert.deepEqual(takeGuardProblems(), [], 'loading the app breaks no rule');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.deepEqual(parsePolicy(policy), strictPolicy);

  const outcome = await page.evaluate(async () => {
    const result = {};
    // Code evaluated by the test driver itself may eval; a task of the page's own may not.
    await new Promise((resolve) => setTimeout(() => {
      try { result.eval = String(eval('1 + 1')); } catch (error) { result.eval = error.name; }
      try { result.func = String(new Function('return 2')()); } catch (error) { result.func = error.name; }
      resolve();
    }));
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true;';
    document.head.appendChild(inline);
    result.inline = window.inlineRan === true;
    try {
      await fetch('http://127.0.0.2:9/elsewhere');
      result.fetch = 'sent';
    } catch (error) {
      result.fetch = error.name;
    }
    return result;
  });
  assert.deepEqual(outcome, { eval: 'EvalError', func: 'EvalError', inline: false, fetch: 'TypeError' });
  const refusals = await waitForGuardProblems(page, 4);
  for (const directive of ['script-src', 'script-src-elem', 'connect-src']) {
    assert.ok(refusals.some((problem) => problem.includes(`: ${directive} refused`)), `${directive} in ${refusals}`);
  }

  // A navigation to another origin is no CSP matter, but the request guard reports it.
  await page.evaluate(() => { window.location.href = 'http://127.0.0.2:9/elsewhere'; });
  const requests = await waitForGuardProblems(page, 1);
  assert.ok(requests.some((problem) => problem.includes('to http://127.0.0.2:9/elsewhere')), String(requests));
  problems.console.length = 0; // the refusals above were logged on purpose
  problems.failedRequests.length = 0;
  problems.foreignRequests.length = 0;
  assertNoProblems(problems);
  await context.close();
});
