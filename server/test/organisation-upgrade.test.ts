import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { Role } from '../src/modules/identity/entities/role.entity.js';
import { ensureOrganisation } from '../src/seed/organisation.js';

let s: TestServer;
beforeAll(async () => { s = await startTestServer(); });
afterAll(async () => { await s?.close(); });

const role = (code: string) => s.orm.em.fork().findOneOrFail(Role, { code });

describe('built-in roles on an upgraded database', () => {
  it('gain a permission their definition gained, once; an admin who takes it away again keeps it away', async () => {
    // A database from before review:read existed, and before offers were recorded.
    const em = s.orm.em.fork();
    const before = await em.findOneOrFail(Role, { code: 'aftersales-specialist' });
    before.permissions = before.permissions.filter((p) => p !== 'review:read');
    before.grantedDefaults = null;
    await em.flush();

    await ensureOrganisation(s.orm.em.fork());
    const upgraded = await role('aftersales-specialist');
    expect(upgraded.permissions).toContain('review:read');
    expect(upgraded.grantedDefaults).toContain('review:read');

    // The administrator decides this shop's specialists do not read reviews.
    const em2 = s.orm.em.fork();
    const edited = await em2.findOneOrFail(Role, { code: 'aftersales-specialist' });
    edited.permissions = edited.permissions.filter((p) => p !== 'review:read');
    await em2.flush();
    await ensureOrganisation(s.orm.em.fork());
    expect((await role('aftersales-specialist')).permissions).not.toContain('review:read');
  });

  it('leaves roles an administrator made alone, and keeps permissions an administrator added', async () => {
    const em = s.orm.em.fork();
    em.create(Role, { code: 'night-shift', name: '夜班', nameEn: 'Night shift', permissions: ['order:read'], system: false });
    const cs = await em.findOneOrFail(Role, { code: 'cs-specialist' });
    cs.permissions = [...cs.permissions, 'report:read'].sort();
    await em.flush();
    await ensureOrganisation(s.orm.em.fork());
    expect((await role('night-shift')).permissions).toEqual(['order:read']);
    expect((await role('cs-specialist')).permissions).toContain('report:read');
  });
});
