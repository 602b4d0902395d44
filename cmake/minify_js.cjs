// Shrinks the JS that emcc writes (whitespace only at -Oz, every name kept) with Debian's terser:
// local and top-level names are shortened and dead code dropped. Only `Module`, which the page's
// loader sets up before leeway.js runs, keeps its name; emcc's own code reaches everything else
// through local names or quoted Module["..."] properties, which terser leaves alone.
// With --page-script (the page's own scripts and the service worker): global names stay as they
// are, and so do the /* leeway-build */ markers cmake/write_service_worker.py fills in.
//   node minify_js.cjs [--page-script] INPUT OUTPUT      (NODE_PATH must include /usr/share/nodejs)
'use strict';
const fs = require('fs');
const { minify } = require('terser');

async function main() {
  const args = process.argv.slice(2);
  const pageScript = args[0] === '--page-script';
  const [input, output] = pageScript ? args.slice(1) : args;
  const source = fs.readFileSync(input, 'utf8');
  const result = await minify(source, {
    ecma: 2020,
    toplevel: !pageScript,
    compress: { passes: 2 },
    mangle: pageScript ? {} : { toplevel: true, reserved: ['Module'] },
    format: { comments: pageScript ? /leeway-build/ : false },
  });
  fs.writeFileSync(output, result.code);
}

main().catch((error) => {
  console.error(`minify_js: ${error.message}`);
  process.exit(1);
});
