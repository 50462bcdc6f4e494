// ESLint (flat config): lit's template rules and lit-a11y's accessibility rules, plus a few core
// rules. typescript-eslint cannot run here (it needs the TypeScript 5 API; the project's
// `typescript` is the native 7 compiler), so Babel parses the TypeScript; `tsc` (npm run typecheck)
// checks types, unused names and undefined ones.
import babelParser from '@babel/eslint-parser';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/**
 * @babel/eslint-parser 7 with ESLint 10: its scope manager (eslint-scope 5) has no `addGlobals`
 * (babel/babel#17804), which ESLint 10 calls to declare the built-in and configured globals. This
 * adds it as eslint-scope 9 has it: a variable per name in the global scope, with the references
 * that were left unresolved to that name.
 */
function addGlobals(names) {
  const scope = this.scopes[0];
  for (const name of names) {
    if (scope.set.has(name)) continue;
    const variable = {name, scope, identifiers: [], references: [], defs: [], tainted: false, stack: true};
    scope.set.set(name, variable);
    scope.variables.push(variable);
  }
  scope.through = scope.through.filter((reference) => {
    const variable = scope.set.get(reference.identifier.name);
    if (!variable) return true;
    reference.resolved = variable;
    variable.references.push(reference);
    return false;
  });
}

const babelForEslint10 = {
  meta: {name: 'babel-eslint-parser-for-eslint-10'},
  parseForESLint(code, options) {
    const result = babelParser.parseForESLint(code, options);
    result.scopeManager.addGlobals ??= addGlobals;
    return result;
  },
};

const typescript = {
  parser: babelForEslint10,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: {
      babelrc: false,
      configFile: false,
      presets: ['@babel/preset-typescript'],
      // tsconfig.json: experimentalDecorators.
      plugins: [['@babel/plugin-syntax-decorators', {legacy: true}]],
    },
  },
};

export default [
  {ignores: ['dist/', 'node_modules/', 'bench/results/', 'coverage/']},
  {
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: {ecmaVersion: 2022, sourceType: 'module', globals: {...globals.browser, ...globals.node}},
    rules: {
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-debugger': 'error',
      'no-unsafe-finally': 'error',
      'no-dupe-keys': 'error',
      'no-fallthrough': 'error',
    },
  },
  {files: ['**/*.ts'], languageOptions: typescript},
  {files: ['src/**/*.ts', 'tests/**/*.ts', 'demo/**/*.{ts,js,mjs}'], ...lit.configs['flat/recommended']},
  {files: ['src/**/*.ts', 'tests/**/*.ts', 'demo/**/*.{ts,js,mjs}'], ...litA11y.configs.recommended},
];
