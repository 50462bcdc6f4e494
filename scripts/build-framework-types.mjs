// `node scripts/build-framework-types.mjs` (run by `npm run build`, after scripts/build.mjs):
// JSX and Vue types for <article-timeline>, generated from custom-elements.json so they never drift
// from the element's JSDoc. Writes, next to dist/esm/:
//   dist/frameworks/react.d.ts  React 19 JSX: attributes, properties, `ontimeline-*` with typed CustomEvents
//   dist/frameworks/vue.d.ts    Vue 3 `GlobalComponents` (templates), and the same props for Vue JSX
//   dist/frameworks/{react,vue}.js  `export * from '../esm/index.js'`: importing the entry defines the element
// package.json exports them as `article-timeline/react` and `article-timeline/vue`.
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const OUT = 'dist/frameworks';
const ENTRY = '../esm/index.js';

if (!existsSync('dist/esm/index.d.ts')) {
  console.error('build-framework-types: dist/esm/index.d.ts is missing: run scripts/build.mjs first.');
  process.exit(1);
}

/**
 * The generators wrap each event's type in `CustomEvent<…>` and import only the element class, so a
 * manifest type such as `CustomEvent<TimelineEvent>` would come out as an unresolved, doubly wrapped
 * name. Point each event at its detail in `HTMLElementEventMap`, which the element's own declaration
 * fills in: one source of truth for the detail types.
 */
function withEventDetails(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      for (const event of decl.events ?? []) {
        event.type = {text: `HTMLElementEventMap[${JSON.stringify(event.name)}]["detail"]`};
      }
    }
  }
  return copy;
}

const manifest = withEventDetails(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
mkdirSync(OUT, {recursive: true});
const common = {outdir: OUT, globalTypePath: ENTRY, hideLogs: true};

generateJsxTypes(manifest, {...common, fileName: 'react.d.ts'});
const reactTypes = join(OUT, 'react.d.ts');
writeFileSync(
  reactTypes,
  `${readFileSync(reactTypes, 'utf8').trimEnd()}

export * from "${ENTRY}";

// React 19 sets a custom element's known properties (\`timeline\`, \`view\`) as properties, the rest as
// attributes, and adds a listener for each \`on<event-name>\` prop: the generated props above match that.
declare module "react" {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);

generateVuejsTypes(manifest, {...common, fileName: 'vue.d.ts'});
const vueTypes = join(OUT, 'vue.d.ts');
// vue-tsc reads `@timeline-select` in a template as the prop `onTimelineSelect`; the generator writes
// `"ontimeline-select"`, which leaves `$event` untyped. (Vue's JSX uses the camel-case name too.)
const camelHandlers = readFileSync(vueTypes, 'utf8').replace(/"on([a-z][a-z-]*)"\?:/g, (_, name) => {
  return `on${name.replace(/(^|-)([a-z])/g, (_m, _dash, c) => c.toUpperCase())}?:`;
});
writeFileSync(vueTypes, `${camelHandlers.trimEnd()}\n\nexport * from "${ENTRY}";\n`);

for (const name of ['react', 'vue']) {
  writeFileSync(
    join(OUT, `${name}.js`),
    `// Defines <article-timeline>; ${name}.d.ts adds its ${name === 'react' ? 'JSX' : 'Vue'} types.\nexport * from "${ENTRY}";\n`,
  );
}
console.log(`build-framework-types: ${OUT}/react.d.ts, ${OUT}/vue.d.ts`);
