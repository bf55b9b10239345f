import { graphql } from '../../gql';

export const WarehouseOptionsQuery = graphql(`
  query WarehouseOptions {
    warehouses { id code name active }
  }
`);

export const SkuOptionsQuery = graphql(`
  query SkuOptions($where: StockLevelFilter, $first: Int) {
    stockLevels(first: $first, where: $where, sort: { field: SKU_CODE, direction: ASC }) {
      nodes {
        id
        onHand
        available
        sku { id code isGift spec { name value } product { id title } }
      }
    }
  }
`);
