#!/usr/bin/env node
/**
 * Which main-thread tasks make up a page's Total Blocking Time? Runs Lighthouse (mobile, as
 * `npm run bench` does) and lists, from Lighthouse's own trace, every task of the page longer
 * than MIN ms (as measured, before Lighthouse's 4× CPU slowdown) that ends after the first
 * paint, with its largest parts (style, layout, script evaluation, …).
 *
 *   node bench/tasks.mjs http://127.0.0.1:4321/klantwaarde/ [runs]
 *   MIN=10     shortest task to list, in ms (default 10; 12.5 ms becomes 50 ms at 4×)
 *   BEFORE=0   also list tasks that end up to this many ms before the first paint
 *   CHROME_PATH Chromium binary (default /usr/bin/chromium)
 */
import { runLighthouse } from './lighthouse.mjs';

const [url, runs = '1'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node bench/tasks.mjs URL [runs]');
  process.exit(2);
}
const MIN = Number(process.env.MIN ?? 10) * 1000;
const BEFORE = Number(process.env.BEFORE ?? 0) * 1000;

for (let run = 0; run < Number(runs); run++) {
  const { lhr, artifacts } = await runLighthouse(url);
  const events = artifacts.Trace.traceEvents;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) {
    console.log('no first paint in the trace');
    continue;
  }
  const own = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X' && e.dur);
  const tasks = own.filter((e) => e.name === 'RunTask' && e.dur > MIN && e.ts + e.dur > fcp.ts - BEFORE);
  console.log(`TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms, benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}`);
  for (const task of tasks) {
    const parts = {};
    for (const e of own) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      const name = e.name + (e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : '');
      parts[name] = Math.max(parts[name] ?? 0, e.dur);
    }
    const top = Object.entries(parts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`);
    console.log(`  ${((task.ts - fcp.ts) / 1000).toFixed(0).padStart(5)} ms after first paint: ${(task.dur / 1000).toFixed(1)} ms  ${top.join(' | ')}`);
  }
}
