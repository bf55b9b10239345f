/**
 * The permission catalogue. Every GraphQL operation declares one or more of these,
 * and the web menu gates on the same names. Grouped by the domain they guard.
 */
export const PERMISSIONS = {
  // Administration
  'user:read': 'See staff accounts and their departments',
  'user:manage': 'Create, edit, lock and unlock staff accounts',
  'role:manage': 'Create and edit roles and departments',
  'token:manage': 'Issue and revoke API tokens for partners and analysts',
  'audit:read': 'Read the audit log',
  // Partners (suppliers and resale agents)
  'partner:read': 'Read partner (supplier / agent) records; a partner token sees only its own',
  'partner:manage': 'Create and edit partner records',
  // Customer service
  'customer:read': 'Read customer records (contact fields masked)',
  'customer:pii:read': 'Read customer contact fields unmasked',
  'customer:write': 'Create and edit customer records, log contacts',
  'customer:assign': 'Assign customers to specialists',
  'callback:manage': 'Define and close callback campaigns',
  'callback:work': 'Work callback tasks and record callback forms',
  'conversation:write': 'Log conversations and inquiries',
  'member:manage': 'Define member levels and set customers’ levels by hand',
  // After-sales
  'complaint:read': 'Read complaints',
  'complaint:write': 'Register and work complaints',
  'complaint:approve': 'Approve a complaint solution',
  'return:read': 'Read return, exchange and refund requests',
  'return:write': 'Create and work return, exchange and refund requests',
  'return:approve': 'Approve returns and refunds',
  'review:read': 'Read buyer reviews, their handling and courier claims',
  'review:write': 'Import reviews, reply to them and handle bad reviews by cause',
  // Catalog and stock
  'product:read': 'Read products, SKUs and prices',
  'product:write': 'Create and edit products and SKUs',
  'price:propose': 'Propose a price change',
  'price:approve': 'Approve or reject a price change',
  'stock:read': 'Read stock levels and the stock ledger',
  'stock:reserve': 'Reserve and release stock',
  'stock:adjust': 'Post stock movements (other in/out, adjustments)',
  'transfer:write': 'Create and work stock transfers',
  'stocktake:write': 'Open count sheets and enter counts',
  'stocktake:approve': 'Approve a stocktake and post its variances',
  'warehouse:manage': 'Create and edit warehouses',
  // Orders, money and shipping
  'order:read': 'Read orders',
  'order:write': 'Create and edit orders',
  'order:confirm': 'Confirm the shipping address, name and phone with the buyer',
  'order:ship': 'Pick, pack and ship orders',
  'order:override': 'Override pre-ship checks',
  'ledger:read': 'Read the income and expense ledger',
  'ledger:write': 'Record payments, income and expenses',
  'courier:manage': 'Manage couriers, rate cards and fee templates',
  // Procurement
  'supplier:read': 'Read suppliers and their scorecards',
  'supplier:write': 'Create and evaluate suppliers',
  'purchase:read': 'Read purchase plans, quotes and purchase orders',
  'purchase:write': 'Create purchase plans, quotes and purchase orders',
  'purchase:approve': 'Approve purchase plans and orders',
  'purchase:confirm': 'Confirm a sent purchase order and promise a delivery date (supplier tokens; purchasing on their behalf)',
  'receipt:write': 'Receive goods against purchase orders',
  'contract:manage': 'Create and track contracts',
  // Marketing, editorial and design
  'promotion:read': 'Read promotions and channel spend',
  'promotion:write': 'Create and edit promotions',
  'content:read': 'Read editorial and design tasks',
  'content:write': 'Create and work editorial and design tasks',
  // Management and analysis
  'report:read': 'Read KPI dashboards and department reports',
  'analytics:read': 'Run ad-hoc analytical queries',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(name: string): name is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, name);
}

/** The domain a permission belongs to, e.g. `customer` for `customer:pii:read`. */
export function permissionGroup(name: Permission): string {
  return name.split(':')[0];
}
