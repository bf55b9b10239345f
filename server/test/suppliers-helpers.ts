import { expect } from 'vitest';
import type { TestServer } from './harness.js';
import { Partner } from '../src/modules/partners/entities/partner.entity.js';

/** The demo partners' ids by code. */
export async function supplierIds(s: TestServer): Promise<Record<string, string>> {
  const partners = await s.orm.em.fork().find(Partner, {});
  return Object.fromEntries(partners.map((p) => [p.code, String(p.id)]));
}

/** Runs a mutation and expects no payload errors; returns the payload. */
export async function ok(s: TestServer, token: string, name: string, inputType: string, input: unknown, fields: string) {
  const r = await s.gql(`mutation($i: ${inputType}!) { ${name}(input: $i) { ${fields} errors { code field message } } }`, { i: input }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data[name].errors, JSON.stringify(r.data[name].errors)).toEqual([]);
  return r.data[name];
}

/** Runs a mutation expected to fail; returns its error codes. */
export async function refused(s: TestServer, token: string, name: string, inputType: string, input: unknown): Promise<string[]> {
  const r = await s.gql(`mutation($i: ${inputType}!) { ${name}(input: $i) { errors { code field message } } }`, { i: input }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[name].errors.map((e: { code: string }) => e.code);
}

/** A partner (supplier) token with read permissions, issued by the admin. */
export async function supplierToken(s: TestServer, admin: string, partnerId: string, permissions: string[]): Promise<string> {
  const r = await s.gql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret errors { code message } } }`,
    { i: { name: `supplier ${partnerId}`, kind: 'PARTNER', partnerId, permissions } }, { token: admin });
  expect(r.data.createApiToken.errors).toEqual([]);
  return r.data.createApiToken.secret;
}
