// Preloaded by the benchmark (`node --require`): writes the process's peak
// resident memory, in kilobytes, to the file named by SII_MAX_RSS_FILE.
process.on('exit', () => {
  if (process.env.SII_MAX_RSS_FILE) require('node:fs').writeFileSync(process.env.SII_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
