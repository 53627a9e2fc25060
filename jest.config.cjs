/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[cm]?[jt]s$': '<rootDir>/test/esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!zod/)'],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  testTimeout: 30000,
};
