// One lint setup for the whole tree (README "House style"). Prettier owns the layout; ESLint owns
// what Prettier cannot see: import order, unused names, file names, and how custom elements keep
// their state. Unused exports are knip's job (`npm run lint` runs both).
import { basename } from 'node:path';

import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;
const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*\.astro$/;

/** Modules and tests are kebab-case (url-state.ts); Astro components PascalCase (Timeline.astro),
 *  as Astro and Starlight name theirs; routes keep Astro's [param] and index names. */
const fileNames = {
  meta: { type: 'suggestion', schema: [], messages: { name: '{{name}}: {{rule}}' } },
  create(context) {
    // An .astro file is linted as several virtual files (its <script> blocks); name it once.
    const file = context.physicalFilename;
    const name = basename(file);
    const isRoute = file.includes('/src/pages/');
    return {
      Program(node) {
        if (isRoute || context.filename !== file) return;
        if (name.endsWith('.astro')) {
          if (!PASCAL_CASE.test(name))
            context.report({
              node,
              messageId: 'name',
              data: { name, rule: 'components are named in PascalCase' },
            });
        } else if (!KEBAB_CASE.test(name)) {
          context.report({
            node,
            messageId: 'name',
            data: { name, rule: 'modules and tests are named in kebab-case' },
          });
        }
      },
    };
  },
};

const house = { rules: { 'file-names': fileNames } };

// A custom element's own state is a #private field or method: real privacy at run time, and one
// way to write it. TypeScript's `private` keyword only hides a name from the type-checker.
const customElementPrivacy = [
  'error',
  {
    selector:
      ':matches(ClassDeclaration, ClassExpression)[superClass.name=/^HTML\\w*Element$/] > ClassBody > :matches(PropertyDefinition[static!=true][key.type="Identifier"], MethodDefinition[accessibility=/private|protected/])',
    message: 'Custom elements keep their state in #private fields and methods, not `private`.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
      // The host runtime's bundles (wrangler pages dev writes them into the project).
      '.wrangler/',
      'public/',
      'content/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'simple-import-sort': simpleImportSort, house },
    rules: {
      // Side-effect imports first (kept in the order written), then node:, packages, our modules.
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'house/file-names': 'error',
      'no-restricted-syntax': customElementPrivacy,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Node's type stripping (scripts import src/lib and run without a build) rejects constructor
    // parameter properties: declare the field and assign it. The timeline's browser-only
    // components still use them; they follow once the load-speed work there has landed.
    files: ['src/lib/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/parameter-properties': 'error' },
  },
  {
    // In an .astro frontmatter the import order is the order of the components' CSS in the page,
    // so it stays as written; the <script> blocks (virtual *.astro/*.ts files) are sorted.
    files: ['**/*.astro'],
    rules: { 'simple-import-sort/imports': 'off' },
  },
);
