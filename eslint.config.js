// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, without type information (fast, and
// the type checker already runs as `npm run typecheck`). Rules switched off fight the house style; each says why.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/', '.scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Regular expressions here escape [ / . - inside character classes so that a rule reads the same in and out of
      // a class; the escapes change nothing and the rules are long enough without hunting for which ones are needed.
      'no-useless-escape': 'off',
      // `let x = fallback; try { x = parse() } catch { x = fallback }`: the house writes the fallback up front too,
      // so the variable's type and value read at its declaration.
      'no-useless-assignment': 'off',
      // Finding control characters is the point of the loader's text checks and the terminal sanitizer (a file name
      // holding an escape sequence must not reach a terminal): their patterns name those characters on purpose.
      'no-control-regex': 'off',
      // A parameter kept for the signature's sake is marked by a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // The Discord stand-in and the property tests handle raw JSON as it comes over the wire; zod and the OpenAPI
      // validator check its shape, not the types.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
