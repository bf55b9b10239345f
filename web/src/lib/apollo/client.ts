import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../auth/operations';

/**
 * When the session has ended (expired, or signed out in another tab) the server answers UNAUTHENTICATED.
 * Forgetting the viewer makes <RequireAuth> send the user to the login page, which brings them back after.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    operation.client.cache.writeQuery({ query: MeQuery, data: { me: null } });
  }
});

/** Same-origin API; the session cookie rides along with credentials 'include'. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionEndedLink, new HttpLink({ uri: '/graphql', credentials: 'include' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // The signed-in caller has no id of its own; keep it as a single object under Query.me.
        Viewer: { keyFields: [] },
        PermissionInfo: { keyFields: ['name'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
