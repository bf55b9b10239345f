import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { loadConfig } from '../src/config.js';

let s: TestServer;
let staff: string;
let partner: string;
beforeAll(async () => {
  // Depth 5 here so a real schema path can exceed it; the shipped default (8) is checked below.
  s = await startTestServer({ limits: { ...loadConfig().limits, depth: 5 } });
  staff = await s.login('admin@demo.shop');
  const r = await s.gql(`mutation { createApiToken(input: { name: "limits", kind: PARTNER, partnerId: "1", permissions: ["partner:read"] }) { secret errors { code } } }`, {}, { token: staff });
  partner = r.data.createApiToken.secret;
});
afterAll(async () => { await s?.close(); });

/** Runs a query and returns its result with the number of SQL statements it caused. */
async function measured(query: string, token: string) {
  const before = sqlCounter.count;
  const result = await s.gql(query, {}, { token });
  return { result, statements: sqlCounter.count - before };
}

const PARTNER_FIELDS = 'id code name type contactName contactPhone contactEmail notes active createdAt';

describe('query limits are enforced before any SQL runs', () => {
  it('ships with depth 8, aliases 15, cost 1,000 for partners and 5,000 for staff and analysts', () => {
    expect(loadConfig().limits).toMatchObject({ depth: 8, aliases: 15, costPartner: 1000, costStaff: 5000 });
  });

  it('refuses an over-deep query', async () => {
    const five = `{ apiTokens(first: 1) { edges { node { createdBy { id } } } } }`;
    expect((await measured(five, staff)).result.errors).toBeUndefined();
    const six = `{ apiTokens(first: 1) { edges { node { createdBy { department { id } } } } } }`;
    const { result, statements } = await measured(six, staff);
    expect(result.errors?.[0].message).toMatch(/depth limit of 5/i);
    expect(statements).toBe(0);
  });

  it('refuses an over-aliased query', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    expect((await measured(aliases(15), staff)).result.errors).toBeUndefined();
    const { result, statements } = await measured(aliases(16), staff);
    expect(result.errors?.[0].message).toMatch(/aliases limit of 15/i);
    expect(statements).toBe(0);
  });

  it('refuses a partner query over 1,000, counting each page as its `first`', async () => {
    const page = (first: number) => `{ partners(first: ${first}) { nodes { ${PARTNER_FIELDS} } } }`;
    const fits = await measured(page(99), partner); // 1 + 1 + 99 × 10 = 992
    expect(fits.result.errors).toBeUndefined();
    const { result, statements } = await measured(page(100), partner); // 1002
    expect(codes(result)).toEqual(['QUERY_LIMIT']);
    expect(result.errors![0].message).toBe('Query cost 1002 exceeds the limit of 1000 (each page counts as its `first`)');
    expect(statements).toBe(0);
  });

  it('gives staff the 5,000 limit', async () => {
    const page = `partners(first: 100) { nodes { ${PARTNER_FIELDS} } }`;
    expect((await measured(`{ ${page} }`, staff)).result.errors).toBeUndefined();
    const five = `{ ${[1, 2, 3, 4, 5].map((i) => `p${i}: ${page}`).join(' ')} }`; // 5 × 1002
    const { result, statements } = await measured(five, staff);
    expect(result.errors?.[0].message).toMatch(/Query cost 5010 exceeds the limit of 5000/);
    expect(statements).toBe(0);
  });

  it('counts the page size given through a variable', async () => {
    const before = sqlCounter.count;
    const r = await s.gql(`query($n: Int) { partners(first: $n) { nodes { ${PARTNER_FIELDS} } } }`, { n: 100 }, { token: partner });
    expect(codes(r)).toEqual(['QUERY_LIMIT']);
    expect(sqlCounter.count - before).toBe(0);
  });

  it('refuses a page larger than 100', async () => {
    const r = await s.gql(`{ users(first: 101) { totalCount } }`, {}, { token: staff });
    expect(r.errors?.[0].message).toMatch(/between 1 and 100/);
  });

  it('keeps Apollo CSRF prevention on', async () => {
    const res = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('refuses an oversized request body', async () => {
    const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ health { ok } }`, variables: { pad: 'x'.repeat(9_000_000) } }) });
    expect(res.status).toBe(413);
  });
});

describe('production mode', () => {
  it('gives no field suggestions and no stack traces', async () => {
    const prod = await startTestServer({ env: 'production' });
    try {
      const r = await prod.gql(`{ helth { ok } }`);
      expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace/);
      const dev = await s.gql(`{ helth { ok } }`);
      expect(dev.errors?.[0].message).toMatch(/Did you mean "health"/);
    } finally {
      await prod.close();
    }
  });
});
