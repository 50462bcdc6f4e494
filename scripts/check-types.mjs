// `node scripts/check-types.mjs` (after `npm run build`): React and Vue users get typed templates from
// the package as published, with no declaration of their own. Packs the repo, installs the tarball in
// an empty project in a temp dir with TypeScript 5, @types/react 19, Vue 3.5 and vue-tsc from the
// registry (this repo's own `typescript` is the native v7, which vue-tsc cannot drive), then:
//  - a .tsx file and a .vue file that use <article-timeline> (attributes, the `timeline` property,
//    the typed `timeline-select` event) must type-check;
//  - the same files with a wrong detail field, or a wrong attribute value, must fail, and with the
//    error we expect: a check that cannot fail would prove nothing.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = ['typescript@5', '@types/react@19', 'vue@3.5', 'vue-tsc@3'];
const failures = [];

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, {cwd, encoding: 'utf8', shell: process.platform === 'win32'});
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`check-types: \`${cmd} ${args.join(' ')}\` failed in ${cwd}`);
    process.exit(1);
  }
  return result.stdout;
}

for (const built of ['dist/frameworks/react.d.ts', 'dist/frameworks/vue.d.ts', 'dist/esm/index.d.ts']) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`check-types: ${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
};

/** A React 19 component: attribute, boolean attribute, object property, typed event. */
const tsx = ({detailField = 'quote', orientation = 'vertical'} = {}) => `import 'article-timeline/react';
import type {TimelineDocument} from 'article-timeline';

export function Timeline({doc}: {doc: TimelineDocument}) {
  return (
    <article-timeline
      timeline={doc}
      locale="de"
      orientation="${orientation}"
      zoomable
      ontimeline-select={(e) => console.log(e.detail.${detailField}.toUpperCase())}
    />
  );
}
`;

/** A Vue 3 single-file component: the same, in a template. */
const vue = ({detailField = 'quote', orientation = 'vertical'} = {}) => `<script setup lang="ts">
import 'article-timeline/vue';
import type {TimelineDocument} from 'article-timeline';
defineProps<{doc: TimelineDocument}>();
</script>

<template>
  <article-timeline :timeline="doc" locale="de" orientation="${orientation}" zoomable @timeline-select="console.log($event.detail.${detailField}.toUpperCase())" />
</template>
`;

const work = mkdtempSync(join(tmpdir(), 'article-timeline-types-'));
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'types-check-app', private: true, type: 'module'}));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, packed.filename), ...TOOLS], app);

  const cases = [
    {name: 'React .tsx', file: 'Timeline.tsx', source: tsx, checker: 'typescript/bin/tsc', jsx: 'react-jsx'},
    {name: 'Vue .vue', file: 'Timeline.vue', source: vue, checker: 'vue-tsc/bin/vue-tsc.js', jsx: 'preserve'},
  ];
  /** Writes `source` and type-checks it alone; returns the checker's exit status and output. */
  const check = ({file, checker, jsx}, source) => {
    writeFileSync(join(app, file), source);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({compilerOptions: {...compilerOptions, jsx}, include: [file]}));
    const result = spawnSync(process.execPath, [join(app, 'node_modules', checker), '-p', 'tsconfig.json'], {cwd: app, encoding: 'utf8'});
    rmSync(join(app, file));
    return {status: result.status, output: `${result.stdout}${result.stderr}`.trim()};
  };
  for (const c of cases) {
    const good = check(c, c.source());
    if (good.status !== 0) failures.push(`${c.name} using the element does not type-check:\n${good.output}`);
    const wrong = [
      {
        what: 'a wrong detail field',
        source: c.source({detailField: 'bogus'}),
        expect: /TS2339: Property 'bogus' does not exist on type 'TimelineEvent'/,
      },
      {what: 'a wrong orientation', source: c.source({orientation: 'sideways'}), expect: /TS2322: Type '"sideways"' is not assignable/},
    ];
    for (const w of wrong) {
      const bad = check(c, w.source);
      if (bad.status === 0 || !w.expect.test(bad.output)) {
        failures.push(
          `${c.name} with ${w.what} should fail with ${w.expect}, but the checker said (exit ${bad.status}):\n${bad.output || '(nothing)'}`,
        );
      }
    }
  }
  if (!failures.length)
    console.log(
      `check-types: React .tsx and Vue .vue type-check against ${packed.filename}; a wrong detail field and a wrong attribute value fail in both`,
    );
} finally {
  rmSync(work, {recursive: true, force: true});
}

if (failures.length) {
  for (const f of failures) console.error(`check-types: ${f}`);
  process.exit(1);
}
