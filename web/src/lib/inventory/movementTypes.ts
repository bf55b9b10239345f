import type { MovementType } from '../../gql/graphql';

/** Every kind of ledger movement, in the order a person reads them. Labels: i18n `movementType.<TYPE>`. */
export const MOVEMENT_TYPES: MovementType[] = [
  'OPENING', 'RECEIPT', 'SALE_OUT', 'RETURN_IN', 'TRANSFER_OUT', 'TRANSFER_IN', 'STOCKTAKE_ADJUSTMENT', 'OTHER_IN', 'OTHER_OUT', 'GIFT_OUT', 'PURCHASE_RETURN_OUT',
];

/** The kinds a person may post by hand (postStockMovement). */
export const MANUAL_MOVEMENT_TYPES: MovementType[] = ['OTHER_IN', 'OTHER_OUT', 'GIFT_OUT'];
