// Imports nothing of the libs: test/support/global-setup.ts reads it outside jest's module mapping.

/** The application role's password in every test database server. */
export const TEST_APP_PASSWORD = 'leadrelay-test-app';

/** The same server as `serverUrl`, database `database`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
