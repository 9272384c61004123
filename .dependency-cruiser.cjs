// Import cycles, type-only imports included (tsPreCompilationDeps): a cycle ties modules that should be layered
// (issue 11). The folder boundaries themselves are ESLint's no-restricted-imports (eslint.config.js).
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules in a cycle cannot be understood, tested or loaded one without the other.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.vite|out|dist|\\.tmp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
