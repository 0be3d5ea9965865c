import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import tseslint from 'typescript-eslint'

// Next's presets cover React/hooks/a11y basics; the extra rules keep `any` out of boundaries.
const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'public/**',
      'runtime/.build/**',
      'runtime/dist/**',
      // Local state: the embedded database and the bundled grading process (lib/server).
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The runtime is a package used only through its entry points (runtime/package.json
    // "exports"); nothing outside it reaches into its sources (docs/architecture.md).
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: ['runtime/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/runtime|(\\.\\./)+runtime/(src|dist|scripts|python|bin|fixtures))(/|$)',
              message: 'Import @looplab/runtime or one of its entry points, never runtime/ files.',
            },
          ],
        },
      ],
    },
  },
  {
    // The runtime is framework-free: it must never pull in React or Next.
    files: ['runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
              message: 'runtime/ never imports React or Next.',
            },
          ],
        },
      ],
    },
  },
]

export default config
