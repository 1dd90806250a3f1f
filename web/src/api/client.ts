// The console's GraphQL client: same origin as the console, the session in an HttpOnly cookie the
// page never reads. `points-session: cookie` asks the gateway to turn a login into that cookie and
// (being a non-simple header, like the JSON content type) makes every request preflighted, which
// with SameSite=Strict keeps other sites from acting with the cookie (CSRF).
import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError, type Operation } from 'urql';

export const SESSION_HEADER = 'points-session';

export function createClient(
  onUnauthenticated: (operation: Operation, error: CombinedError) => void,
): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { [SESSION_HEADER]: 'cookie' } },
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED'))
            onUnauthenticated(operation, error);
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}

/** Ends the browser session: the gateway clears the cookie. */
export async function endSession(): Promise<void> {
  await fetch('/session/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { [SESSION_HEADER]: 'cookie' },
  });
}
