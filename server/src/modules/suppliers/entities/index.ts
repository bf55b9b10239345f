import { SupplierSku } from './supplier-sku.entity.js';
import { SupplierProfile } from './supplier-profile.entity.js';
import { SupplierEvaluation } from './supplier-evaluation.entity.js';
import { SupplierScoreSettings, SupplierScoreSnapshot } from './supplier-score.entity.js';
import { Rfq, RfqInvitation, RfqLine, RfqQuote } from './rfq.entity.js';

/** The suppliers module's entities, registered with the ORM by modules/entities.ts. */
export const SUPPLIERS_ENTITIES = [SupplierSku, SupplierProfile, SupplierEvaluation, SupplierScoreSettings, SupplierScoreSnapshot, Rfq, RfqInvitation, RfqLine, RfqQuote];
