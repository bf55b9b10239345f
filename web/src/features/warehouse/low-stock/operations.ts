import { graphql } from '../../../gql';

export const LowStockQuery = graphql(`
  query LowStock($first: Int, $after: String, $warehouseId: ID) {
    lowStock(first: $first, after: $after, warehouseId: $warehouseId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        onHand
        reserved
        available
        inTransit
        safetyStock
        suggestedReorder
        sku { id code barcode isGift spec { name value } product { id title } }
        warehouse { id code name }
      }
    }
  }
`);

export const LowStockCsvQuery = graphql(`
  query LowStockCsv($where: StockLevelFilter) {
    stockLevelsCsv(where: $where)
  }
`);
