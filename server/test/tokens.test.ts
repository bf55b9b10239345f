import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { ApiToken } from '../src/modules/tokens/entities/api-token.entity.js';
import { sha256 } from '../src/core/auth/secrets.js';

let s: TestServer;
let admin: string;
beforeAll(async () => { s = await startTestServer(); admin = await s.login('admin@demo.shop'); });
afterAll(async () => { await s?.close(); });

const CREATE = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret apiToken { id prefix kind active partner { code } } errors { field code message } } }`;

async function partnerIds(): Promise<Record<string, string>> {
  const r = await s.gql(`{ partners(first: 10) { nodes { id code } } }`, {}, { token: admin });
  return Object.fromEntries(r.data.partners.nodes.map((p: any) => [p.code, p.id]));
}

async function issue(input: Record<string, unknown>) {
  const r = await s.gql(CREATE, { i: input }, { token: admin });
  expect(r.data.createApiToken.errors).toEqual([]);
  return r.data.createApiToken as { secret: string; apiToken: { id: string; prefix: string } };
}

describe('API tokens', () => {
  it('shows the secret once and stores only its hash', async () => {
    const ids = await partnerIds();
    const { secret, apiToken } = await issue({ name: '安溪 supplier', kind: 'PARTNER', partnerId: ids['SUP-ANXI'], permissions: ['partner:read'] });
    expect(secret).toMatch(/^sop_/);
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    const row = await s.orm.em.fork().findOneOrFail(ApiToken, Number(apiToken.id));
    expect(row.tokenHash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await s.gql(`{ apiTokens(first: 10) { nodes { id prefix } } }`, {}, { token: admin });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  it('validates scope, partner link and expiry', async () => {
    const bad = await s.gql(CREATE, { i: { name: 'x', kind: 'PARTNER', permissions: ['nope:read'], expiresAt: '2020-01-01T00:00:00Z' } }, { token: admin });
    expect(bad.data.createApiToken.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['expiresAt:INVALID', 'partnerId:REQUIRED', 'permissions:INVALID']);
    const writes = await s.gql(CREATE, { i: { name: 'x', kind: 'ANALYST', permissions: ['partner:manage'] } }, { token: admin });
    expect(writes.data.createApiToken.errors[0].message).toMatch(/read-only/);
  });

  it('lets a partner token read only its own partner row', async () => {
    const ids = await partnerIds();
    const { secret } = await issue({ name: 'yixing', kind: 'PARTNER', partnerId: ids['SUP-YIXING'], permissions: ['partner:read'] });
    const list = await s.gql(`{ partners(first: 100) { totalCount nodes { code } } }`, {}, { token: secret });
    expect(list.data.partners).toEqual({ totalCount: 1, nodes: [{ code: 'SUP-YIXING' }] });
    const other = await s.gql(`query($id: ID!) { partner(id: $id) { code } }`, { id: ids['SUP-ANXI'] }, { token: secret });
    expect(other.data.partner).toBeNull();
    const own = await s.gql(`query($id: ID!) { partner(id: $id) { code } }`, { id: ids['SUP-YIXING'] }, { token: secret });
    expect(own.data.partner).toEqual({ code: 'SUP-YIXING' });
    // A filter cannot widen the scope.
    const widened = await s.gql(`{ partners(where: { search: "SUP" }) { nodes { code } } }`, {}, { token: secret });
    expect(widened.data.partners.nodes).toEqual([{ code: 'SUP-YIXING' }]);
    // Staff see every partner.
    expect((await s.gql(`{ partners { totalCount } }`, {}, { token: admin })).data.partners.totalCount).toBe(3);
  });

  it('records the last-used time and shows the caller in `me`', async () => {
    const { secret, apiToken } = await issue({ name: 'analyst-me', kind: 'ANALYST', permissions: ['partner:read'] });
    const me = await s.gql(`{ me { kind user { id } apiToken { name } permissions } }`, {}, { token: secret });
    expect(me.data.me).toEqual({ kind: 'analyst', user: null, apiToken: { name: 'analyst-me' }, permissions: ['partner:read'] });
    const row = await s.orm.em.fork().findOneOrFail(ApiToken, Number(apiToken.id));
    expect(Date.now() - row.lastUsedAt!.getTime()).toBeLessThan(60_000);
  });

  it('refuses a revoked token on its next request', async () => {
    const { secret, apiToken } = await issue({ name: 'to revoke', kind: 'ANALYST', permissions: ['partner:read'] });
    expect((await s.gql(`{ partners { totalCount } }`, {}, { token: secret })).errors).toBeUndefined();
    const revoked = await s.gql(`mutation($i: IdInput!) { revokeApiToken(input: $i) { apiToken { active revokedAt } errors { code } } }`, { i: { id: apiToken.id } }, { token: admin });
    expect(revoked.data.revokeApiToken.apiToken.active).toBe(false);
    const after = await s.gql(`{ partners { totalCount } }`, {}, { token: secret });
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    expect(after.status).toBe(401);
    const again = await s.gql(`mutation($i: IdInput!) { revokeApiToken(input: $i) { errors { code } } }`, { i: { id: apiToken.id } }, { token: admin });
    expect(again.data.revokeApiToken.errors).toEqual([{ code: 'WRONG_STATE' }]);
  });

  it('refuses an expired token on its next request', async () => {
    const { secret, apiToken } = await issue({ name: 'to expire', kind: 'ANALYST', permissions: ['partner:read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await s.gql(`{ partners { totalCount } }`, {}, { token: secret })).errors).toBeUndefined();
    await s.orm.em.fork().nativeUpdate(ApiToken, { id: Number(apiToken.id) }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codes(await s.gql(`{ partners { totalCount } }`, {}, { token: secret }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an unknown bearer token rather than treating it as anonymous', async () => {
    expect(codes(await s.gql(`{ me { kind } }`, {}, { token: 'soa_made-up' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists tokens with filters', async () => {
    const active = await s.gql(`{ apiTokens(first: 100, where: { active: false }) { nodes { name active } } }`, {}, { token: admin });
    expect(active.data.apiTokens.nodes.map((n: any) => n.name).sort()).toEqual(['to expire', 'to revoke']);
    const partners = await s.gql(`{ apiTokens(first: 100, where: { kind: PARTNER }, sort: { field: NAME, direction: ASC }) { nodes { name } } }`, {}, { token: admin });
    expect(partners.data.apiTokens.nodes.map((n: any) => n.name)).toEqual(['yixing', '安溪 supplier']);
  });
});
