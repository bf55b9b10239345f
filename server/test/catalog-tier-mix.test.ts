import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { createProduct } from './catalog-fixtures.js';

let s: TestServer;
let marketing: string;
beforeAll(async () => {
  s = await startTestServer();
  marketing = await s.login('marketing@demo.shop');
});
afterAll(async () => { await s?.close(); });

const MIX = `{ priceTierMix { total balanced tiers { tier count share target deviation } } }`;

async function onShelf(priceTier: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await createProduct(s, marketing, { priceTier })).id);
  const r = await s.gql(`mutation($i: SetListingStatusInput!) { setListingStatus(input: $i) { errors { code } } }`, { i: { productIds: ids, status: 'ON_SHELF' } }, { token: marketing });
  expect(r.data.setListingStatus.errors).toEqual([]);
}

describe('the 2-7-1 tier mix', () => {
  it('is empty and unbalanced with nothing on the shelf', async () => {
    await createProduct(s, marketing, { priceTier: 'IMAGE' }); // off the shelf: not counted
    const r = await s.gql(MIX, {}, { token: marketing });
    expect(r.data.priceTierMix).toEqual({ total: 0, balanced: false, tiers: [
      { tier: 'TRAFFIC', count: 0, share: 0, target: 20, deviation: -20 },
      { tier: 'VOLUME', count: 0, share: 0, target: 70, deviation: -70 },
      { tier: 'IMAGE', count: 0, share: 0, target: 10, deviation: -10 },
    ] });
  });

  it('counts on-shelf products per tier against 20/70/10, with the deviation in points', async () => {
    await onShelf('TRAFFIC', 2);
    await onShelf('VOLUME', 7);
    await onShelf('IMAGE', 1);
    const exact = (await s.gql(MIX, {}, { token: marketing })).data.priceTierMix;
    expect(exact).toEqual({ total: 10, balanced: true, tiers: [
      { tier: 'TRAFFIC', count: 2, share: 20, target: 20, deviation: 0 },
      { tier: 'VOLUME', count: 7, share: 70, target: 70, deviation: 0 },
      { tier: 'IMAGE', count: 1, share: 10, target: 10, deviation: 0 },
    ] });

    await onShelf('IMAGE', 1); // 2 / 7 / 2 of 11
    const skewed = (await s.gql(MIX, {}, { token: marketing })).data.priceTierMix;
    expect(skewed.total).toBe(11);
    expect(skewed.balanced).toBe(false);
    expect(skewed.tiers.map((t: any) => [t.tier, t.count, t.share, t.deviation])).toEqual([['TRAFFIC', 2, 18.2, -1.8], ['VOLUME', 7, 63.6, -6.4], ['IMAGE', 2, 18.2, 8.2]]);
  });

  it('needs product:read', async () => {
    const r = await s.gql(MIX, {}, {});
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
