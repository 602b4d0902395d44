// Save latency in the browser: from the click that starts a program to the moment its
// generation is committed in IndexedDB (includes the 200 ms edit debounce). Prints figures.
import { click, fill, launchBrowser, openApp, startServer } from '../e2e/helpers.mjs';

const runs = Number(process.argv[2] || 7);
const server = await startServer();
const browser = await launchBrowser();
const latencies = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const { page } = await openApp(context, server.url);
  await fill(page, 'Your challenge, in one sentence', `Reviews wait on my lead, run ${run}`);
  // Timed inside the page, from the mouse press on the button to the commit being visible.
  const committed = page.evaluate(() => new Promise((resolve) => {
    let pressedAt = null;
    window.addEventListener('mousedown', () => { pressedAt = performance.now(); }, { capture: true, once: true });
    const poll = () => {
      const open = indexedDB.open('leeway');
      open.onsuccess = () => {
        const database = open.result;
        if (pressedAt === null || !database.objectStoreNames.contains('generation_info')) {
          database.close();
          setTimeout(poll, 2);
          return;
        }
        const count = database.transaction('generation_info').objectStore('generation_info').count();
        count.onsuccess = () => {
          database.close();
          if (count.result > 0) resolve(performance.now() - pressedAt); else setTimeout(poll, 2);
        };
      };
    };
    poll();
  }));
  await click(page, 'button', 'Start my 30 days');
  const total = await committed;
  latencies.push(total);
  await context.close();
}
await browser.close();
server.close();
latencies.sort((a, b) => a - b);
const median = latencies[Math.floor(latencies.length / 2)];
console.log(`save latency in headless Chromium, click to committed generation, ${runs} runs:`);
console.log(`  median ${median.toFixed(0)} ms, min ${latencies[0].toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms` +
  ' (200 ms of it is the deliberate edit debounce)');
