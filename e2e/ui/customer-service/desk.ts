import { expect, type APIRequestContext } from '@playwright/test';
import { demo } from '../../support/accounts';
import { apiSignIn, gql } from '../../support/graphql';

/** A short unique suffix so parallel tests never share records. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  // Letters only: the customer search also matches phone numbers by the digits in the text.
  .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);

/** A mainland mobile number nobody else uses in this run. */
export const uniquePhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** Shop-local (Asia/Shanghai) "YYYY-MM-DDTHH:mm" of an instant, as a datetime-local input takes it. */
export function shopLocal(date: Date): string {
  return date.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16).replace(' ', 'T');
}

/** Shop-local HH:mm of an instant. */
export const shopClock = (date: Date) => shopLocal(date).slice(11, 16);

/** Signs the request context in as cs.lead (customer:write, customer:assign, callback:manage, member:manage). */
export async function asLead(request: APIRequestContext) {
  const login = await apiSignIn(request, demo('cs.lead'));
  expect(login.errors).toEqual([]);
}

/** Makes sure a member level exists (a fresh database may have none) so customers can be enrolled. */
export async function ensureMemberLevel(request: APIRequestContext) {
  const levels = await gql<{ memberLevels: { id: string }[] }>(request, '{ memberLevels { id } }');
  if (levels.data?.memberLevels.length) return;
  const code = `E2E${unique().toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 20);
  const created = await gql(request, 'mutation ($input: CreateMemberLevelInput!) { createMemberLevel(input: $input) { memberLevel { id } errors { field message code } } }',
    { input: { code, name: '普通会员', thresholdFen: Math.floor(Math.random() * 1e6) } });
  // A parallel test may have created one first; either way a level exists now.
  expect(created.errors ?? []).toEqual([]);
}

/** Creates a customer through the API and returns its id. */
export async function createCustomer(request: APIRequestContext, input: { name: string; phone?: string; member?: boolean; tags?: string[] }) {
  const result = await gql<{ createCustomer: { customer: { id: string } | null; errors: unknown[] } }>(request,
    'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { field message code } } }',
    { input: { channel: 'TAOBAO', ...input } });
  expect(result.data?.createCustomer.errors, JSON.stringify(result)).toEqual([]);
  return result.data!.createCustomer.customer!.id;
}
