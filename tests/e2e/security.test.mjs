// The page's Content Security Policy is strict and really enforced, the build needs no eval, and
// the guard that fails any test with a CSP violation or a request off the origin really sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoProblems, openApp, siteDir, takeGuardProblems, useServerAndBrowser } from './helpers.mjs';

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
