/**
 * Proves the stock ledger invariant: on hand = the sum of the ledger, for every SKU × warehouse.
 *   pnpm --filter @shopops/server check:ledger      (exit 1 and a list when anything differs)
 */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../core/db/orm.js';
import { ledgerMismatches } from '../modules/inventory/services/ledger.service.js';

const orm = await openDatabase(loadConfig());
try {
  const mismatches = await ledgerMismatches(orm.em.fork());
  if (!mismatches.length) {
    console.log('ledger OK: on hand equals the sum of the ledger for every SKU × warehouse');
  } else {
    for (const m of mismatches) console.log(`MISMATCH sku ${m.skuId} warehouse ${m.warehouseId}: on hand ${m.onHand}, ledger ${m.ledgerSum}`);
    process.exitCode = 1;
  }
} finally {
  await orm.close();
}
