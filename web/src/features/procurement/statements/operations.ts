import { graphql } from '../../../gql';
import type { SupplierPaymentMethod } from '../../../gql/graphql';

export const PAYMENT_METHODS: SupplierPaymentMethod[] = ['BANK_TRANSFER', 'ALIPAY', 'WECHAT', 'CASH', 'OTHER'];

export const SupplierStatementQuery = graphql(`
  query SupplierStatement($supplierId: ID!, $fromDay: String!, $toDay: String!) {
    supplierStatement(supplierId: $supplierId, fromDay: $fromDay, toDay: $toDay) {
      fromDay toDay openingBalance closingBalance payable paid credited
      supplier { id code name }
      lines { balanceAfter entry { id kind amount balanceDelta occurredAt businessDay sourceType sourceCode method reference note actorLabel } }
    }
  }
`);

export const SupplierStatementCsvQuery = graphql(`
  query SupplierStatementCsv($supplierId: ID!, $fromDay: String!, $toDay: String!) {
    supplierStatementCsv(supplierId: $supplierId, fromDay: $fromDay, toDay: $toDay)
  }
`);

export const SupplierBalancesQuery = graphql(`
  query SupplierBalances($nonZeroOnly: Boolean) {
    supplierBalances(nonZeroOnly: $nonZeroOnly) { balance payable paid credited lastEntryAt supplier { id code name } }
  }
`);

export const RecordSupplierPaymentMutation = graphql(`
  mutation RecordSupplierPayment($input: RecordSupplierPaymentInput!) {
    recordSupplierPayment(input: $input) { entry { id amount } errors { field message code } }
  }
`);
