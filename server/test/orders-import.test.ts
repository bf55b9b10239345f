import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';
import { defaultFees, orderTokens, type OrderTokens } from './fixtures/orders.js';
import { Order } from '../src/modules/orders/entities/order.entity.js';
import { LedgerEntry } from '../src/modules/ledger/entities/ledger-entry.entity.js';

let s: TestServer;
let t: OrderTokens;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  await defaultFees(s, t.warehouseLead);
});
afterAll(async () => { await s?.close(); });

const IMPORT = `mutation($i: ImportOrdersInput!) { importOrdersCsv(input: $i) { imported duplicates orders { platformOrderNo status totalFen paidFen placedAt lines { skuCode quantity discountFen isGift } } rowErrors { row column code message } errors { code message } } }`;
const run = async (csv: string, token = t.csLead) => (await s.gql(IMPORT, { i: { csv } }, { token })).data.importOrdersCsv;

describe('CSV import of platform orders', () => {
  it('imports good orders (one per order number, paid ones with their payment), reports bad rows, and skips known orders on re-import', async () => {
    const [tea, cup] = await makeSkus(s.orm, 2, { priceFen: 3_000 });
    const csv = [
      '渠道,订单编号,买家会员名,收货人姓名,联系手机,省,市,区,详细地址,运送方式,商家编码,数量,优惠,赠品,买家留言,下单时间,已付款,支付单号',
      `淘宝,TB-9001,茶友小李,李雷,13900001111,浙江,杭州市,西湖区,文一路 1 号,快递,${tea.code},2,5.50,否,要新茶,2026-11-11 00:03,是,ALI-1`,
      `淘宝,TB-9001,茶友小李,李雷,13900001111,浙江,杭州市,西湖区,文一路 1 号,快递,${cup.code},1,,是,要新茶,2026-11-11 00:03,是,ALI-1`,
      `天猫,TM-9002,,韩梅梅,13900002222,江苏,南京市,,中山路 2 号,EMS,${tea.code},1,,,,2026-11-11 09:00,否,`,
      `淘宝,TB-9003,,张三,13900003333,广东,广州市,,天河路 3 号,快递,NO-SUCH-SKU,1,,,,2026-11-11 10:00,是,`,
      `淘宝,TB-9004,,,1390000,火星,x,,y,快递,${tea.code},1,,,,2026-11-11 10:00,是,`,
      `淘宝,TB-9005,,王五,13900005555,浙江,宁波市,,中山路 5 号,快递,${tea.code},0,,maybe,,someday,是,`,
    ].join('\r\n');
    const result = await run(csv);
    expect(result.errors).toEqual([]);
    // TM-9002 uses EMS, which has no fee template here: a whole-order error on its row.
    expect(result.rowErrors.map((e: any) => `${e.row}:${e.column}:${e.code}`).sort()).toEqual([
      '4:shipping_method:NO_SHIPPING_TEMPLATE',
      '5:sku_code:NOT_FOUND',
      '6:receiver_name:REQUIRED', '6:receiver_phone:INVALID', '6:province:INVALID',
      '7:placed_at:INVALID', '7:gift:INVALID',
    ].sort());
    expect(result.imported).toBe(1);
    const [order] = result.orders;
    expect(order).toMatchObject({ platformOrderNo: 'TB-9001', status: 'PAID', placedAt: '2026-11-10T16:03:00.000Z' });
    expect(order.lines).toEqual([{ skuCode: tea.code, quantity: 2, discountFen: 550, isGift: false }, { skuCode: cup.code, quantity: 1, discountFen: 0, isGift: true }]);
    expect(order.totalFen).toBe(6_000 - 550 + 1_000);
    expect(order.paidFen).toBe(order.totalFen);
    const stored = await s.orm.em.fork().findOneOrFail(Order, { platformOrderNo: 'TB-9001' });
    const sales = await s.orm.em.fork().find(LedgerEntry, { sourceId: stored.code });
    expect(sales.map((e) => [e.category, e.amountFen, e.reference])).toEqual([['SALES', order.totalFen, 'ALI-1']]);

    const again = await run(csv);
    expect(again).toMatchObject({ imported: 0, duplicates: 1 });
    expect(await s.orm.em.fork().count(Order, { platformOrderNo: 'TB-9001' })).toBe(1);
  });

  it('refuses a file without the required columns, an empty file, and callers without order:write', async () => {
    expect((await run('订单编号,数量\nTB-1,1')).errors[0].message).toContain('Missing column(s): channel');
    expect((await run('')).errors[0].code).toBe('REQUIRED');
    const denied = await s.gql(IMPORT, { i: { csv: 'x' } }, { token: t.cs });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
