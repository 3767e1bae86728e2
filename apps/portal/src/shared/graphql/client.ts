// The one GraphQL client: POST to /graphql (Apollo's CSRF prevention refuses GET), the in-memory
// access token as a bearer, and one error handler for the session: UNAUTHENTICATED on a query tries
// the refresh cookie once and repeats the query; when that fails the session ends here and the
// router shows the sign-in page. Every other error is shown where it happened (see errors.ts).
import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { session } from '../session/session';
import { errorCodeOf } from './errors';

export function createGraphQLClient(): Client {
  const retried = new Set<number>();
  const client: Client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = session.accessToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { credentials: 'same-origin', headers };
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // A mutation's UNAUTHENTICATED (a wrong password at sign-in) is the form's to show.
          if (errorCodeOf(error) !== 'UNAUTHENTICATED' || operation.kind === 'mutation') return;
          if (retried.has(operation.key)) {
            session.end();
            return;
          }
          retried.add(operation.key);
          void session.refresh().then((continued) => {
            if (continued) client.reexecuteOperation(operation);
            setTimeout(() => retried.delete(operation.key), 10_000);
          });
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
  return client;
}
