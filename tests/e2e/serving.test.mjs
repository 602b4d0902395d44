// The site goes out compressed: serve.py sends the build's .br or .gz copy of a file to a browser
// that accepts it, with the file's own type (the wasm must stay application/wasm to compile), and
// never a copy older than its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { siteDir, startServer } from './helpers.mjs';

// A raw GET, so the body arrives exactly as sent (fetch would decode it).
function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    http.get(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const decoders = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };

test('the build leaves a gzip and a brotli copy next to each text and wasm file', () => {
  for (const name of ['index.html', 'loader.js', 'app.css', 'leeway.js', 'leeway.wasm', 'sw.js', 'manifest.webmanifest']) {
    const original = readFileSync(path.join(siteDir, name));
    assert.deepEqual(zlib.gunzipSync(readFileSync(path.join(siteDir, name + '.gz'))), original, name + '.gz');
    assert.deepEqual(zlib.brotliDecompressSync(readFileSync(path.join(siteDir, name + '.br'))), original, name + '.br');
  }
  assert.equal(existsSync(path.join(siteDir, 'icon-192.png.gz')), false, 'PNGs are compressed already');
});

test('each browser gets the best encoding it accepts, with the type of the original file', async () => {
  const server = await startServer();
  try {
    const wasm = readFileSync(path.join(siteDir, 'leeway.wasm'));
    for (const [accept, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip'], [undefined, undefined]]) {
      const response = await get(server.url + 'leeway.wasm', accept);
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-type'], 'application/wasm', String(accept));
      assert.equal(response.headers['content-encoding'], expected, String(accept));
      const body = expected ? decoders[expected](response.body) : response.body;
      assert.deepEqual(body, wasm, String(accept));
      if (expected) assert.ok(response.body.length < wasm.length / 2, 'the compressed copy is what went out');
    }
    const page = await get(server.url, 'gzip, br');
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.deepEqual(decoders.br(page.body), readFileSync(path.join(siteDir, 'index.html')));
  } finally {
    await server.close();
  }
});

test('a file changed after the build goes out as it is now, not as its stale copy', async () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'leeway-site-'));
  cpSync(siteDir, copy, { recursive: true, preserveTimestamps: true });
  const css = readFileSync(path.join(copy, 'app.css'), 'utf8') + '\n/* edited by hand */\n';
  writeFileSync(path.join(copy, 'app.css'), css);
  const server = await startServer(copy);
  try {
    const edited = await get(server.url + 'app.css', 'gzip, br');
    assert.equal(edited.headers['content-encoding'], undefined);
    assert.equal(edited.body.toString('utf8'), css);
    const untouched = await get(server.url + 'loader.js', 'gzip, br');
    assert.equal(untouched.headers['content-encoding'], 'br', 'copies of unchanged files are still used');
  } finally {
    await server.close();
  }
});
