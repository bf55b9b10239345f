import { startOfShopDay } from '../../core/time.js';
import { LedgerCategory, LedgerDirection } from '../../modules/ledger/entities/ledger-entry.entity.js';
import { ledgerRow, type Actor, type RowContext } from './rows.js';

let purchaseNo = 0;

/** Money that is not an order payment: supplier payments, agent fees, packaging and ad spend. */
export const moneyExtras = {
  /** Paying the supplier for a purchase receipt. */
  purchase(c: RowContext, skuId: number, amountFen: number, at: Date, actor: Actor) {
    purchaseNo++;
    ledgerRow(c, LedgerCategory.PURCHASE_PAYMENT, LedgerDirection.EXPENSE, amountFen, at, { reference: `DEMO-PO-${String(purchaseNo).padStart(6, '0')}`, sourceType: 'PurchaseReceipt', note: `采购付款 SKU ${skuId}` }, actor);
  },

  /** The first of each month: agents pay their fee; packaging and paid-search bills are paid. */
  monthly(c: RowContext, day: string, agents: number[], actor: Actor, rnd: () => number) {
    const at = new Date(startOfShopDay(day, c.timeZone).getTime() + 10 * 3_600_000);
    for (const agent of agents) ledgerRow(c, LedgerCategory.AGENT_FEE, LedgerDirection.INCOME, 50_000 + Math.floor(rnd() * 10) * 10_000, at, { reference: `AGENT-${agent}-${day.slice(0, 7)}`, note: '代理月费' }, actor);
    ledgerRow(c, LedgerCategory.OTHER, LedgerDirection.EXPENSE, 200_000 + Math.floor(rnd() * 100) * 1_000, at, { reference: `PACK-${day.slice(0, 7)}`, note: '包装耗材' }, actor);
    ledgerRow(c, LedgerCategory.OTHER, LedgerDirection.EXPENSE, 500_000 + Math.floor(rnd() * 300) * 1_000, at, { reference: `ZTC-${day.slice(0, 7)}`, note: '直通车推广费' }, actor);
  },
};
