import type { Widen } from './zh-CN';
import type { procurementZh } from './procurement.zh-CN';

/** English texts of the procurement screens; typed by the Chinese ones so no key goes missing. */
export const procurementEn: Widen<typeof procurementZh> = {
  proc: {
    nav: {
      section: 'Procurement',
      suppliers: 'Suppliers',
      rfqs: 'Quotes & comparison',
      plans: 'Purchase plans',
      orders: 'Purchase orders',
      receiving: 'Purchase receiving',
      returns: 'Purchase returns',
      statements: 'Supplier statements',
      contracts: 'Purchase contracts',
    },
  },
};
