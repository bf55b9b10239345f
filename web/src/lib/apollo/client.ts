import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin API; the session cookie rides along with credentials 'include'. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'include' }),
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
