import type { ResultOf } from '@graphql-typed-document-node/core';
import type { PartnersListQuery } from './operations';

export type PartnerRow = ResultOf<typeof PartnersListQuery>['partners']['nodes'][number];
export const PARTNER_TYPES = ['SUPPLIER', 'AGENT'] as const;
export type PartnerTypeValue = (typeof PARTNER_TYPES)[number];
