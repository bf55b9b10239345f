import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { OPERATION_SAMPLES } from './operation-samples.js';
import { OPERATION_REQUIREMENTS } from '../src/core/auth/allow.js';
import { getSchema } from '../src/core/graphql/schema.js';
import { DEMO_STAFF } from '../src/seed/demo-shop.js';
import { ROLES } from '../src/seed/organisation.js';

let s: TestServer;
beforeAll(async () => { s = await startTestServer(); });
afterAll(async () => { await s?.close(); });

function allowed(operation: string, permissions: ReadonlySet<string>, signedIn: boolean): boolean {
  const requirement = OPERATION_REQUIREMENTS.get(operation)!;
  if ('public' in requirement) return true;
  return signedIn && requirement.permissions.every((p) => permissions.has(p));
}

async function refusedOperations(token: string | undefined): Promise<string[]> {
  const refused: string[] = [];
  for (const [operation, sample] of Object.entries(OPERATION_SAMPLES)) {
    const result = await s.gql(sample.query, sample.variables, token ? { token } : undefined);
    const c = codes(result);
    if (c.includes('FORBIDDEN') || c.includes('UNAUTHENTICATED')) refused.push(operation);
    else expect(result.errors, `${operation} failed unexpectedly: ${JSON.stringify(result.errors)}`).toBeUndefined();
  }
  return refused.sort();
}

describe('roles × operations', () => {
  it('covers every root operation, and each declares its requirement and names it in its description', async () => {
    const schema = await getSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(roots.sort()).toEqual(Object.keys(OPERATION_SAMPLES).sort());
    for (const name of roots) {
      const requirement = OPERATION_REQUIREMENTS.get(name);
      expect(requirement, `${name} declares no permission`).toBeDefined();
      const field = schema.getQueryType()!.getFields()[name] ?? schema.getMutationType()!.getFields()[name];
      const words = 'public' in requirement! ? ['Public'] : requirement!.permissions.length ? requirement!.permissions.map((p) => `\`${p}\``) : ['signed-in'];
      for (const word of words) expect(field.description, `${name} description`).toContain(word);
    }
  });

  it.each(DEMO_STAFF.map(([prefix, , , role]) => [prefix, role]))('%s (%s) may run exactly the operations its permissions grant', async (prefix, roleCode) => {
    const role = ROLES.find((r) => r.code === roleCode)!;
    const permissions = new Set<string>(role.permissions);
    const token = await s.login(`${prefix}@demo.shop`);
    const expected = Object.keys(OPERATION_SAMPLES).filter((op) => !allowed(op, permissions, true)).sort();
    expect(await refusedOperations(token)).toEqual(expected);
  });

  it('an anonymous caller may run only the public operations', async () => {
    const expected = Object.keys(OPERATION_SAMPLES).filter((op) => !allowed(op, new Set(), false)).sort();
    expect(await refusedOperations(undefined)).toEqual(expected);
    expect(expected).toContain('users');
    expect(expected).not.toContain('login');
  });

  it('API tokens are held to their scope', async () => {
    const admin = await s.login('admin@demo.shop');
    const created = await s.gql(
      `mutation { createApiToken(input: { name: "matrix analyst", kind: ANALYST, permissions: ["partner:read", "user:read"] }) { secret errors { field code } } }`,
      {}, { token: admin },
    );
    // Administration permissions never go on a token.
    expect(created.data.createApiToken.errors).toEqual([{ field: 'permissions', code: 'INVALID' }]);
    const ok = await s.gql(`mutation { createApiToken(input: { name: "matrix analyst", kind: ANALYST, permissions: ["partner:read", "product:read"] }) { secret errors { code } } }`, {}, { token: admin });
    const secret = ok.data.createApiToken.secret;
    const expected = Object.keys(OPERATION_SAMPLES).filter((op) => !allowed(op, new Set(['partner:read', 'product:read']), true)).sort();
    expect(await refusedOperations(secret)).toEqual(expected);
  });
});
