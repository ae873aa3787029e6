// Preloaded with --import by scripts/bench.mjs: prints the process's peak resident memory on exit.
// Worker threads load it too (they inherit the flags); only the main thread's exit is the run's end.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    process.stderr.write(`\nbench-max-rss-kib ${process.resourceUsage().maxRSS}\n`);
  });
}
