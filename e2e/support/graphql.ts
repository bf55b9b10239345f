import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs an operation to /graphql as JSON (which is what Apollo's CSRF prevention expects). */
export async function gql<T = Record<string, any>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  expect(response.status(), await response.text()).toBeLessThan(500);
  return (await response.json()) as GraphQLResponse<T>;
}

/** Signs in on this request context; the session cookie is kept for later calls. */
export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const result = await gql<{ login: { user: { id: string } | null; errors: { field: string | null; message: string; code: string }[] } }>(
    request,
    'mutation ($input: LoginInput!) { login(input: $input) { user { id } errors { field message code } } }',
    { input: { email, password } },
  );
  return result.data!.login;
}
