import { expect } from 'vitest';
import type { TestServer } from './harness.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { CustomerChannel } from '../src/modules/customers/entities/enums.js';
import { User } from '../src/modules/identity/entities/user.entity.js';

/** Runs an operation and fails the test on any top-level error. */
export async function ok<T = any>(s: TestServer, token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await s.gql(query, variables, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

/** Runs a mutation `name(input: $i)` and returns its payload, failing on payload errors unless `allowErrors`. */
export async function mutate(s: TestServer, token: string, name: string, inputType: string, input: Record<string, unknown>, selection: string, allowErrors = false) {
  const data = await ok(s, token, `mutation($i: ${inputType}!) { ${name}(input: $i) { ${selection} errors { field code message } } }`, { i: input });
  const payload = data[name];
  if (!allowErrors) expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return payload;
}

let serial = 0;
/** Customers written straight to the database (fast set-up for list and distribution tests). */
export async function makeCustomers(s: TestServer, count: number, fields: Partial<Customer> = {}): Promise<Customer[]> {
  const em = s.orm.em.fork();
  const rows = Array.from({ length: count }, () => {
    const n = ++serial;
    return em.create(Customer, { name: `客户${process.pid % 1000}-${n}`, channel: CustomerChannel.TAOBAO, phone: `139${String(process.pid % 10000).padStart(4, '0')}${String(n).padStart(4, '0')}`, ...fields } as never);
  });
  await em.persistAndFlush(rows);
  return rows;
}

export async function userId(s: TestServer, email: string): Promise<number> {
  return (await s.orm.em.fork().findOneOrFail(User, { email })).id;
}
