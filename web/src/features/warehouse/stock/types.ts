import type { ResultOf } from '@graphql-typed-document-node/core';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import type { StockLevelsQuery, StockMovementsQuery } from './operations';

export type StockRow = ResultOf<typeof StockLevelsQuery>['stockLevels']['nodes'][number];
export type MovementRow = ResultOf<typeof StockMovementsQuery>['stockMovements']['nodes'][number];

/** The SKU × warehouse a ledger drill-down, safety-stock edit or manual movement is about. */
export interface StockTarget {
  skuId: string;
  skuCode: string;
  skuTitle?: string;
  warehouseId: string;
  warehouseLabel: string;
  available?: number;
  safetyStock?: number;
  isGift?: boolean;
}

export function targetOf(row: StockRow): StockTarget {
  return {
    skuId: row.sku.id, skuCode: row.sku.code, skuTitle: skuTitle(row.sku), warehouseId: row.warehouse.id,
    warehouseLabel: `${row.warehouse.code} ${row.warehouse.name}`, available: row.available, safetyStock: row.safetyStock, isGift: row.sku.isGift,
  };
}
