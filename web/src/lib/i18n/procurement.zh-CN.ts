/** Chinese texts of the procurement screens (suppliers, quotes, plans, purchase orders, receiving, returns, statements, contracts). */
export const procurementZh = {
  proc: {
    nav: {
      section: '采购管理',
      suppliers: '供应商',
      rfqs: '询价比价',
      plans: '采购计划',
      orders: '采购订单',
      receiving: '采购收货',
      returns: '采购退货',
      statements: '供应商对账',
      contracts: '采购合同',
    },
  },
};
