// `npm run demo`: lints the bundled example repository with the built CLI, as a user would.
import { spawnSync } from 'node:child_process';

const args = ['dist/cli/index.js', '--root', 'examples/repository', ...process.argv.slice(2)];
console.log(`$ ticket-lint --root examples/repository ${process.argv.slice(2).join(' ')}\n`);
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (status === 1) {
  console.log(
    '\nExit code 1, as intended: the roadmap/bad-*.md tickets have errors (and roadmap/rate-limit.md shares an id' +
      '\nwith one of them). `npm run demo -- --format json` prints the JSON report.',
  );
  process.exit(0);
}
console.error(`\nUnexpected exit code ${status}: the example holds tickets with errors, so ticket-lint should exit 1.`);
process.exit(1);
