// Nest 12 (and a few other packages) ship ESM only. Node 20.19+ loads them from CommonJS through
// require(esm), but Jest's own module registry cannot, so inside Jest we transpile those
// packages to CommonJS with SWC. `import.meta.url` has no CommonJS equivalent in the syntax,
// so it is rewritten to the file's URL first (they only use it for createRequire). No `require`
// in the replacement: some of these files declare their own `const require = createRequire(...)`.
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: { parser: { syntax: 'ecmascript', dynamicImport: true }, target: 'es2022', keepClassNames: true },
  module: { type: 'commonjs', ignoreDynamic: false },
  sourceMaps: false,
});

const rewrite = (src) =>
  src.includes('import.meta') ? src.replace(/import\.meta\.url/g, "('file://' + __filename)") : src;

module.exports = {
  process(src, filename, options) {
    return swc.process(rewrite(src), filename, options);
  },
  getCacheKey(src, filename, options) {
    return swc.getCacheKey(rewrite(src), filename, options) + 'esm-package-v2';
  },
};
