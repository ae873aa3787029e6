// Preloaded with --import by scripts/bench.mjs: prints the process's peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nbench-max-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
