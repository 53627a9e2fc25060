/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[cm]?[jt]s$': '<rootDir>/test/esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!zod/)'],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/globalSetup.ts',
};

// Apps Script runs the add-on in the script's time zone (appsscript.json: Europe/Moscow);
// the vm realm shares this process's, so tests run there too.
process.env.TZ = 'Europe/Moscow';
