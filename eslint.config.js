// Lint: the recommended TypeScript rules, nothing disabled.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.parallax/'] },
  ...tseslint.configs.recommended,
);
