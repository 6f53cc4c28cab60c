// Unit and integration tests. Node environment for the core, CLI and Excel adapter; jsdom for React.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json' }];
const esmOnly = ['/node_modules/(?!(.*/node_modules/)?(strip-bom|uuid)/)'];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.[tj]sx?$': [tsJest[0], { ...tsJest[1], diagnostics: { ignoreCodes: [] } }] },
      transformIgnorePatterns: esmOnly,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      // Lazy chunks and the core load after the first screen: give findBy* queries room on a busy CI machine.
      setupFilesAfterEnv: ['<rootDir>/test/helpers/dom-setup.ts'],
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.tsx'],
      transform: { '^.+\\.[tj]sx?$': tsJest },
      transformIgnorePatterns: esmOnly,
    },
  ],
};
