import { expect, test } from '@playwright/test';
import { demo } from '../support/accounts';
import { apiSignIn, gql } from '../support/graphql';

test('me is null before signing in, and names the user after', async ({ request }) => {
  const anonymous = await gql(request, '{ me { permissions } }');
  expect(anonymous.data?.me).toBeNull();

  const login = await apiSignIn(request, demo('cs1'));
  expect(login.errors).toEqual([]);
  const me = await gql<{ me: { user: { email: string }; permissions: string[] } }>(request, '{ me { permissions user { email } } }');
  expect(me.data?.me.user.email).toBe(demo('cs1'));
  expect(me.data?.me.permissions).toContain('customer:read');
});

test('a wrong password is an expected failure in errors[], not a thrown error', async ({ request }) => {
  const login = await apiSignIn(request, demo('marketing'), 'wrong-password');
  expect(login.user).toBeNull();
  expect(login.errors.length).toBeGreaterThan(0);
});

test('the staff list is refused without user:read', async ({ request }) => {
  await apiSignIn(request, demo('warehouse1'));
  const result = await gql(request, '{ users(first: 5) { totalCount } }');
  expect(result.errors?.length).toBeGreaterThan(0);
});

test('the users connection pages with first/after and reports totalCount', async ({ request }) => {
  await apiSignIn(request, demo('admin'));
  const query = 'query ($after: String) { users(first: 5, after: $after, sort: { field: EMAIL, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } nodes { email } } }';
  type Page = { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { email: string }[] } };
  const first = await gql<Page>(request, query);
  expect(first.errors).toBeUndefined();
  expect(first.data!.users.nodes).toHaveLength(5);
  expect(first.data!.users.totalCount).toBeGreaterThan(5);
  const second = await gql<Page>(request, query, { after: first.data!.users.pageInfo.endCursor });
  const firstEmails = first.data!.users.nodes.map((n) => n.email);
  for (const node of second.data!.users.nodes) expect(firstEmails).not.toContain(node.email);
});

test('the built web app is served with history fallback', async ({ request }) => {
  const response = await request.get('/admin/users');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<div id="root"></div>');
});
