import { SuppliersResolver } from './suppliers.resolver.js';
import { SupplierScoresResolver } from './supplier-scores.resolver.js';
import { RfqsResolver } from './rfqs.resolver.js';
import {
  SupplierEvaluationFieldsResolver, SupplierProfileFieldsResolver, SupplierScorecardFieldsResolver, SupplierScoreSnapshotFieldsResolver, SupplierSkuFieldsResolver,
} from './supplier-fields.resolver.js';
import { RfqFieldsResolver, RfqLineFieldsResolver, RfqQuoteFieldsResolver } from './rfq-fields.resolver.js';

/** The suppliers module's resolver classes, registered by modules/resolvers.ts. */
export const SUPPLIERS_RESOLVERS = [
  SuppliersResolver, SupplierScoresResolver, RfqsResolver,
  SupplierProfileFieldsResolver, SupplierSkuFieldsResolver, SupplierEvaluationFieldsResolver, SupplierScoreSnapshotFieldsResolver, SupplierScorecardFieldsResolver,
  RfqFieldsResolver, RfqLineFieldsResolver, RfqQuoteFieldsResolver,
] as const;
