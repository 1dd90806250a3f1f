// All projects in one Jest run, so `npm test` uses both cores across every suite.
const fs = require('node:fs');
const path = require('node:path');

const dirs = ['libs', 'services', 'tools'].flatMap((top) =>
  fs.existsSync(top) ? fs.readdirSync(top).map((d) => path.join(top, d)) : [],
);
dirs.push('gateway', 'test');

module.exports = {
  projects: dirs.filter((d) => fs.existsSync(path.join(d, 'jest.config.js'))).map((d) => `<rootDir>/${d}`),
};
