// Three projects: `unit` (pure logic, no database), `database` (real PostgreSQL: *.integration-spec.ts
// and *.e2e-spec.ts) and `stress` (test/stress/*.stress-spec.ts: races and crashes repeated until
// they would show, minutes each). `npm test` runs the first two, `npm run test:stress` the third,
// CI all three. The database projects start an embedded PostgreSQL unless TEST_DATABASE_URL or
// DATABASE_URL names a server (see test/support/global-setup.ts).
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swc] },
  moduleNameMapper: { '^@leadrelay/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  // Decorator metadata is only recorded when reflect-metadata is loaded before the decorated classes.
  setupFiles: ['reflect-metadata'],
};

const database = {
  ...common,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  // A fresh worker for every test file: Nest 12's ESM packages keep their decorator metadata in
  // module state that outlives jest's per-file module registry, and a second file in the same
  // worker then fails to build its GraphQL schema.
  workerIdleMemoryLimit: 1,
  // Two test files at a time: each has its own database, and most of their time is spent waiting on it.
  maxWorkers: 2,
  // A global option in jest, not a project one: database tests start apps and wait for workers.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    { ...database, displayName: 'database', testMatch: ['<rootDir>/{apps,libs,test}/**/*.{integration,e2e}-spec.ts'] },
    { ...database, displayName: 'stress', testMatch: ['<rootDir>/test/stress/**/*.stress-spec.ts'] },
  ],
};
