// All projects in one Jest run, so `npm test` uses both cores across every suite.
const fs = require('node:fs');
const path = require('node:path');

const dirs = ['libs', 'services', 'tools'].flatMap((top) =>
  fs.existsSync(top) ? fs.readdirSync(top).map((d) => path.join(top, d)) : [],
);
dirs.push('gateway', 'test');

module.exports = {
  // Hooks start Nest apps, migrate databases and connect to Redis: on a CI machine shared by several
  // runs Jest's 5 s default times them out although nothing is wrong. A global option (Jest reads
  // testTimeout from the root config, not from a project's).
  testTimeout: 30_000,
  projects: dirs.filter((d) => fs.existsSync(path.join(d, 'jest.config.js'))).map((d) => `<rootDir>/${d}`),
};
