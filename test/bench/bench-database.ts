// The database `bench:seed` fills and `bench:api` reads: BENCH_DATABASE_URL, by default the
// database `leadrelay_bench` on the PostgreSQL at 127.0.0.1:5432 (user postgres). A role that may
// create databases and roles; the servers under test connect as the application role.
import { appRoleUrl } from '@leadrelay/core';
import { TEST_APP_PASSWORD } from '../support/database-url';

export const BENCH_OWNER_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/leadrelay_bench';

/**
 * The application role is one per server: the bench gives it the tests' password, so that a bench
 * run on a server the test suites use at the same time does not lock them out.
 */
export const BENCH_APP_PASSWORD = TEST_APP_PASSWORD;
export const BENCH_APP_URL = appRoleUrl(BENCH_OWNER_URL, BENCH_APP_PASSWORD);

/** The password of every login `bench:seed` writes (the demo logins' one). */
export const BENCH_LOGIN_PASSWORD = 'leadrelay-demo';
