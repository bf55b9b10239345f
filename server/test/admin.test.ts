import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from './harness.js';
import { printContract } from '../src/core/graphql/print.js';
import { REPO_ROOT } from '../src/config.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { AuditLog } from '../src/core/audit/audit-log.entity.js';

let s: TestServer;
let admin: string;
beforeAll(async () => { s = await startTestServer(); admin = await s.login('admin@demo.shop'); });
afterAll(async () => { await s?.close(); });

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id email department { code } roles { code } permissions } errors { field code message } } }`;

async function ids() {
  const r = await s.gql(`{ departments { id code } roles { id code } }`, {}, { token: admin });
  return {
    dept: Object.fromEntries(r.data.departments.map((d: any) => [d.code, d.id])),
    role: Object.fromEntries(r.data.roles.map((x: any) => [x.code, x.id])),
  };
}

describe('staff administration', () => {
  it('creates a user, and the change appears in the audit log', async () => {
    const { dept, role } = await ids();
    const r = await s.gql(CREATE_USER, { i: { email: 'New.Hire@demo.shop', name: '新同事', password: 'welcome-2026', departmentId: dept['customer-service'], roleIds: [role['cs-specialist']] } }, { token: admin });
    expect(r.data.createUser.errors).toEqual([]);
    expect(r.data.createUser.user).toMatchObject({ email: 'new.hire@demo.shop', department: { code: 'customer-service' }, roles: [{ code: 'cs-specialist' }] });
    expect(r.data.createUser.user.permissions).toContain('customer:read');

    const log = await s.gql(`query($w: AuditLogFilter) { auditLogs(where: $w) { totalCount nodes { operation entityType entityId summary actor { email } actorLabel } } }`, { w: { entityType: 'User', operation: 'createUser' } }, { token: admin });
    expect(log.data.auditLogs.nodes[0]).toMatchObject({ operation: 'createUser', entityType: 'User', entityId: r.data.createUser.user.id, actor: { email: 'admin@demo.shop' } });
    expect(log.data.auditLogs.nodes[0].summary).toContain('new.hire@demo.shop');

    // The new account signs in.
    expect(await s.login('new.hire@demo.shop', 'welcome-2026')).toMatch(/^sos_/);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await s.orm.em.fork().count(AuditLog, { operation: 'createUser' });
    const r = await s.gql(CREATE_USER, { i: { email: 'cs1@demo.shop', name: '', password: 'short', departmentId: '99999', roleIds: ['99999'] } }, { token: admin });
    expect(r.data.createUser.user).toBeNull();
    expect(r.data.createUser.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['departmentId:NOT_FOUND', 'email:DUPLICATE', 'name:REQUIRED', 'password:INVALID', 'roleIds:NOT_FOUND']);
    expect(await s.orm.em.fork().count(AuditLog, { operation: 'createUser' })).toBe(before);
  });

  it('deactivating an account ends its sessions and records the change', async () => {
    const token = await s.login('cs2@demo.shop');
    const found = await s.gql(`{ users(where: { search: "cs2@" }) { nodes { id } } }`, {}, { token: admin });
    const id = found.data.users.nodes[0].id;
    const r = await s.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { active } errors { code } } }`, { i: { id, active: false } }, { token: admin });
    expect(r.data.updateUser).toEqual({ user: { active: false }, errors: [] });
    expect((await s.gql(`{ me { kind } }`, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const log = await s.gql(`query($w: AuditLogFilter) { auditLogs(where: $w) { nodes { summary } } }`, { w: { entityType: 'User', entityId: id, operation: 'updateUser' } }, { token: admin });
    expect(log.data.auditLogs.nodes[0].summary).toBe('active: true → false');
  });

  it('edits a role’s permissions, refusing unknown ones', async () => {
    const { role } = await ids();
    const bad = await s.gql(`mutation($i: UpdateRoleInput!) { updateRole(input: $i) { errors { field code } } }`, { i: { id: role['editor'], permissions: ['content:read', 'made:up'] } }, { token: admin });
    expect(bad.data.updateRole.errors).toEqual([{ field: 'permissions', code: 'INVALID' }]);
    const ok = await s.gql(`mutation($i: UpdateRoleInput!) { updateRole(input: $i) { role { permissions } errors { code } } }`, { i: { id: role['editor'], permissions: ['content:read', 'content:write', 'product:read', 'promotion:read'] } }, { token: admin });
    expect(ok.data.updateRole.role.permissions).toContain('promotion:read');
    // The editor's effective permissions follow on the next request.
    const editor = await s.login('editor@demo.shop');
    expect((await s.gql(`{ me { permissions } }`, {}, { token: editor })).data.me.permissions).toContain('promotion:read');
  });

  it('pages, filters and sorts users', async () => {
    const { dept } = await ids();
    const page1 = await s.gql(`{ users(first: 5, sort: { field: EMAIL, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } nodes { email } } }`, {}, { token: admin });
    expect(page1.data.users.nodes).toHaveLength(5);
    expect(page1.data.users.pageInfo.hasNextPage).toBe(true);
    const emails = page1.data.users.nodes.map((n: any) => n.email);
    expect([...emails].sort()).toEqual(emails);
    const page2 = await s.gql(`query($a: String) { users(first: 5, after: $a, sort: { field: EMAIL, direction: ASC }) { nodes { email } } }`, { a: page1.data.users.pageInfo.endCursor }, { token: admin });
    expect(page2.data.users.nodes[0].email > emails[4]).toBe(true);
    const cs = await s.gql(`query($d: ID) { users(where: { departmentId: $d }) { totalCount } }`, { d: dept['customer-service'] }, { token: admin });
    expect(cs.data.users.totalCount).toBeGreaterThanOrEqual(3);
  });
});

describe('list queries', () => {
  it('cost the same number of SQL statements at 10 and 100 rows (no N+1)', async () => {
    const { dept, role } = await ids();
    for (let i = 0; i < 100; i++) {
      await s.gql(CREATE_USER, { i: { email: `bulk${i}@demo.shop`, name: `批量 ${i}`, password: 'bulk-password', departmentId: dept['design'], roleIds: [role['designer'], role['editor']] } }, { token: admin });
    }
    const q = (n: number) => `{ users(first: ${n}) { totalCount nodes { email department { name memberCount } roles { code userCount } permissions } } departments { memberCount } }`;
    const count = async (n: number) => {
      const before = sqlCounter.count;
      const r = await s.gql(q(n), {}, { token: admin });
      expect(r.data.users.nodes).toHaveLength(n);
      return sqlCounter.count - before;
    };
    await count(10); // warm
    expect(await count(100)).toBe(await count(10));
    const auditCount = async (n: number) => {
      const before = sqlCounter.count;
      await s.gql(`{ auditLogs(first: ${n}) { nodes { actor { email department { code } } } } }`, {}, { token: admin });
      return sqlCounter.count - before;
    };
    expect(await auditCount(100)).toBe(await auditCount(10));
  });
});

describe('the contract', () => {
  it('schema/schema.graphql matches the running server (run `pnpm schema` after an API change)', async () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printContract());
  });

  it('describes every type, field and argument', async () => {
    const { getSchema } = await import('../src/core/graphql/schema.js');
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of ('args' in field ? field.args : [])) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
