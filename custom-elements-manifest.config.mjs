// `npm run analyze`: custom-elements.json, from the element's JSDoc and Lit decorators.
// `node scripts/check-manifest.mjs` (in CI) fails when the committed file is stale.

import {posix} from 'node:path';

/**
 * `src/element/x.ts` -> `dist/esm/element/x.js`, so the manifest points at files the package ships.
 * The analyzer leaves some references as written (`./define.js`) or rooted (`/src/…`): resolve
 * those against the module that makes them.
 */
function shipped(path, from = '') {
  const resolved = /^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return resolved.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
}

/**
 * Keeps the manifest to the public API, at the paths the package ships: drops `private` and
 * `protected` members (implementation: listing them would make every internal refactor a manifest
 * change) and module "declarations" the module does not export (the analyzer also lists variables
 * destructured inside loops), and rewrites module paths from `src/*.ts` to `dist/esm/*.js`.
 */
function publicApiOnly() {
  return {
    name: 'article-timeline:public-api-only',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        const exported = new Set(
          (mod.exports ?? [])
            .filter((e) => e.kind === 'js' && (e.declaration?.module ?? mod.path) === mod.path)
            .map((e) => e.declaration?.name ?? e.name),
        );
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const d of mod.declarations) {
          if (d.members) d.members = d.members.filter((m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
        }
        for (const e of mod.exports ?? []) {
          if (e.declaration?.module) e.declaration.module = shipped(e.declaration.module, mod.path);
        }
        mod.path = shipped(mod.path);
      }
    },
  };
}

export default {
  // The element and the package's entry points: the pure modules under them are not public API,
  // and refactoring them must not make the manifest stale.
  globs: ['src/index.ts', 'src/define.ts', 'src/element/article-timeline.ts'],
  exclude: ['tests/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` is set once by hand; the analyzer must not rewrite that file.
  packagejson: false,
  plugins: [publicApiOnly()],
};
