import { RefundsResolver } from './refunds.resolver.js';
import { OrderReturnFieldsResolver, RefundFieldsResolver, ReturnInspectionFieldsResolver, ReturnRequestFieldsResolver, ReturnRequestLineFieldsResolver } from './return-fields.resolver.js';
import { ReturnRequestsResolver } from './returns.resolver.js';

/** The returns module's resolver classes, registered by modules/resolvers.ts. */
export const RETURNS_RESOLVERS = [
  ReturnRequestsResolver, RefundsResolver,
  ReturnRequestFieldsResolver, ReturnRequestLineFieldsResolver, ReturnInspectionFieldsResolver, RefundFieldsResolver, OrderReturnFieldsResolver,
] as const;
