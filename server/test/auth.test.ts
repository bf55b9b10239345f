import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { User } from '../src/modules/identity/entities/user.entity.js';
import { Session } from '../src/modules/identity/entities/session.entity.js';

let s: TestServer;
beforeAll(async () => { s = await startTestServer(); });
afterAll(async () => { await s?.close(); });

const ME = `{ me { kind permissions user { email department { code } roles { code } } } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token user { email } errors { field code message } } }`;

describe('sign-in', () => {
  it('returns a token, sets an HttpOnly SameSite cookie, and `me` shows department, roles and permissions', async () => {
    const r = await s.gql(LOGIN, { i: { email: 'CS1@demo.shop ', password: 'shopops-demo' } });
    expect(r.data.login.errors).toEqual([]);
    expect(r.data.login.token).toMatch(/^sos_/);
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/shopops_session=sos_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const viaCookie = await s.gql(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data.me.user).toEqual({ email: 'cs1@demo.shop', department: { code: 'customer-service' }, roles: [{ code: 'cs-specialist' }] });
    expect(viaCookie.data.me.permissions).toContain('customer:pii:read');
    expect(viaCookie.data.me.permissions).not.toContain('stock:adjust');

    const viaBearer = await s.gql(ME, {}, { token: r.data.login.token });
    expect(viaBearer.data.me.user.email).toBe('cs1@demo.shop');
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const wrong = await s.gql(LOGIN, { i: { email: 'cs2@demo.shop', password: 'nope-nope' } });
    const missing = await s.gql(LOGIN, { i: { email: 'ghost@demo.shop', password: 'nope-nope' } });
    expect(wrong.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    expect(missing.data.login.errors[0]).toEqual(wrong.data.login.errors[0]);
    expect(wrong.data.login.token).toBeNull();
  });

  it('reports missing fields', async () => {
    const r = await s.gql(LOGIN, { i: { email: ' ', password: '' } });
    expect(r.data.login.errors.map((e: any) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('locks the account after five wrong passwords, in the database, for 15 minutes', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await s.gql(LOGIN, { i: { email: 'editor@demo.shop', password: `wrong-${i}-pass` } });
      expect(r.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await s.gql(LOGIN, { i: { email: 'editor@demo.shop', password: 'wrong-5-pass' } });
    expect(fifth.data.login.errors[0].code).toBe('LOCKED');
    const right = await s.gql(LOGIN, { i: { email: 'editor@demo.shop', password: 'shopops-demo' } });
    expect(right.data.login.errors[0].code).toBe('LOCKED');
    expect(right.data.login.errors[0].message).toMatch(/15 more minute/);

    const row = await s.orm.em.fork().findOneOrFail(User, { email: 'editor@demo.shop' });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    // An administrator can lift the lock; then the right password works.
    const admin = await s.login('admin@demo.shop');
    const unlock = await s.gql(`mutation($i: IdInput!) { unlockUser(input: $i) { user { lockedUntil } errors { code } } }`, { i: { id: String(row.id) } }, { token: admin });
    expect(unlock.data.unlockUser).toEqual({ user: { lockedUntil: null }, errors: [] });
    expect(await s.login('editor@demo.shop')).toMatch(/^sos_/);
  });

  it('ends the session on logout', async () => {
    const token = await s.login('cs2@demo.shop');
    const out = await s.gql(`mutation { logout { ok } }`, {}, { token });
    expect(out.data.logout.ok).toBe(true);
    const after = await s.gql(ME, {}, { token });
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a session past its idle expiry', async () => {
    const token = await s.login('designer@demo.shop');
    const em = s.orm.em.fork();
    await em.nativeUpdate(Session, { revokedAt: null, user: { email: 'designer@demo.shop' } }, { lastSeenAt: new Date(Date.now() - (s.config.session.idleMinutes + 1) * 60_000) });
    expect(codes(await s.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives anonymous callers `me: null` but refuses anything else', async () => {
    expect((await s.gql(ME)).data.me).toBeNull();
    expect(codes(await s.gql(`{ users { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await s.gql(`{ __schema { queryType { name } } }`))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a signed-in caller introspect', async () => {
    const token = await s.login('analyst@demo.shop');
    const r = await s.gql(`{ __schema { queryType { name } } }`, {}, { token });
    expect(r.data.__schema.queryType.name).toBe('Query');
  });
});
