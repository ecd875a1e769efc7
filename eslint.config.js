import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'demo-dist/', 'storybook-static/', 'src/generated/', 'node_modules/', 'custom-elements.json', 'data-work/', 'screenshots/', 'reports/', 'test/consumers/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Custom elements are registered through shared/register.ts, never directly.
      'wc/no-constructor-attributes': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the library must run under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the library must run under a strict CSP.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
