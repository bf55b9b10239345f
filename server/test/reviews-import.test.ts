import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';

let s: TestServer;
let clerk: string;
let cs: string;
beforeAll(async () => {
  s = await startTestServer();
  [clerk, cs] = await Promise.all([s.login('aftersales1@demo.shop'), s.login('cs1@demo.shop')]);
});
afterAll(async () => { await s?.close(); });

const IMPORT = `mutation($i: ImportReviewsCsvInput!) { importReviewsCsv(input: $i) { imported duplicates reviews { rating isBad handlingStatus replyText product { id } }
  rowErrors { row column code message } errors { field code message } } }`;

describe('importing reviews from CSV', () => {
  it('reports bad rows, imports the rest, and skips known rows when the file comes again', async () => {
    const [[a], [b]] = await Promise.all([makeSkus(s.orm, 1), makeSkus(s.orm, 1)]);
    const csv = [
      '平台,评价ID,商家编码,买家昵称,评分,评价内容,评价时间,商家回复',
      `淘宝,TB-1,${a.code},茶友甲,5,很香,2026-11-02 10:00,谢谢支持`,
      `淘宝,TB-2,${a.code},茶友乙,差评,包装破了,2026-11-02 21:30,`,
      `天猫,TM-3,${b.code},茶友丙,4,不错,2026-11-09 09:00,`,
      `天猫,TM-4,${b.code},茶友丁,1,太苦,2026-11-20 12:00,`,
      `天猫,TM-5,NO-SUCH,茶友戊,7,?,明天,`,
      `淘宝,TB-1,${a.code},茶友甲,5,很香,2026-11-02 10:00,谢谢支持`,
    ].join('\n');
    expect((await s.gql(IMPORT, { i: { csv } }, { token: cs })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const first = (await s.gql(IMPORT, { i: { csv } }, { token: clerk })).data.importReviewsCsv;
    expect(first).toMatchObject({ errors: [], imported: 4, duplicates: 1 });
    expect(first.rowErrors.map((e: any) => [e.row, e.column, e.code]).sort()).toEqual([[6, 'rating', 'INVALID'], [6, 'reviewed_at', 'INVALID'], [6, 'sku_code', 'NOT_FOUND']]);
    expect(first.reviews.map((r: any) => [r.rating, r.isBad, r.handlingStatus])).toEqual([[5, false, 'NOT_NEEDED'], [1, true, 'OPEN'], [4, false, 'NOT_NEEDED'], [1, true, 'OPEN']]);
    expect(first.reviews[0].replyText).toBe('谢谢支持');

    const again = (await s.gql(IMPORT, { i: { csv: `${csv}\n淘宝,TB-6,${a.code},茶友己,3,一般,2026-11-21 08:00,` } }, { token: clerk })).data.importReviewsCsv;
    expect(again).toMatchObject({ imported: 1, duplicates: 5 });
    const missing = (await s.gql(IMPORT, { i: { csv: 'platform,text\nTAOBAO,x' } }, { token: clerk })).data.importReviewsCsv;
    expect(missing.errors[0]).toMatchObject({ field: 'csv', code: 'INVALID' });

    // Counts from the records, in shop time (Asia/Shanghai): 2026-11-02 is a Monday.
    const range = { from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' };
    const q = `query($p: ReviewPeriod!, $from: DateTime!, $to: DateTime!) { reviewCounts(period: $p, from: $from, to: $to) { period total good neutral bad replied } }`;
    const days = (await s.gql(q, { p: 'DAY', ...range }, { token: clerk })).data.reviewCounts;
    expect(days).toEqual([
      { period: '2026-11-02', total: 2, good: 1, neutral: 0, bad: 1, replied: 1 },
      { period: '2026-11-09', total: 1, good: 1, neutral: 0, bad: 0, replied: 0 },
      { period: '2026-11-20', total: 1, good: 0, neutral: 0, bad: 1, replied: 0 },
      { period: '2026-11-21', total: 1, good: 0, neutral: 1, bad: 0, replied: 0 },
    ]);
    const weeks = (await s.gql(q, { p: 'WEEK', ...range }, { token: clerk })).data.reviewCounts;
    expect(weeks.map((w: any) => [w.period, w.total, w.bad])).toEqual([['2026-11-02', 2, 1], ['2026-11-09', 1, 0], ['2026-11-16', 2, 1]]);
    const months = (await s.gql(q, { p: 'MONTH', ...range }, { token: clerk })).data.reviewCounts;
    expect(months.map((m: any) => [m.period, m.total, m.good, m.neutral, m.bad])).toEqual([['2026-11-01', 5, 2, 1, 2]]);
    const byProduct = (await s.gql(`query($from: DateTime!, $to: DateTime!) { reviewCountsByProduct(from: $from, to: $to) { product { id } total good bad averageRating } }`, range, { token: clerk })).data.reviewCountsByProduct;
    expect(byProduct.map((p: any) => [p.total, p.good, p.bad])).toEqual([[3, 1, 1], [2, 1, 1]]);
    const bads = await s.gql(`{ reviews(first: 10, where: { bad: true, handlingStatus: OPEN }, sort: { field: REVIEWED_AT, direction: ASC }) { totalCount nodes { buyerName } } }`, {}, { token: clerk });
    expect(bads.data.reviews).toEqual({ totalCount: 2, nodes: [{ buyerName: '茶友乙' }, { buyerName: '茶友丁' }] });
  });
});
