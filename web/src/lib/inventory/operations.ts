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

/** SKUs from the catalog by search, for SKUs a warehouse has never held (receiving or counting them there). */
export const CatalogSkuOptionsQuery = graphql(`
  query CatalogSkuOptions($search: String) {
    products(first: 10, where: { search: $search }) {
      nodes {
        id
        title
        skus { id code isGift active spec { name value } }
      }
    }
  }
`);
