import { graphql } from '../../../gql';

export const StockLevelsQuery = graphql(`
  query StockLevels($first: Int, $after: String, $where: StockLevelFilter, $sort: StockLevelSort) {
    stockLevels(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        onHand
        reserved
        available
        inTransit
        safetyStock
        belowSafety
        suggestedReorder
        sku { id code barcode isGift spec { name value } product { id title } }
        warehouse { id code name }
      }
    }
  }
`);

export const StockLevelsCsvQuery = graphql(`
  query StockLevelsCsv($where: StockLevelFilter) {
    stockLevelsCsv(where: $where)
  }
`);

export const StockMovementsQuery = graphql(`
  query StockMovements($first: Int, $after: String, $where: StockMovementFilter, $sort: TimeSort) {
    stockMovements(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        at
        type
        quantity
        onHandAfter
        reason
        referenceType
        referenceId
        actorLabel
        actor { id name }
      }
    }
  }
`);

export const WarehouseSummaryQuery = graphql(`
  query WarehouseSummary {
    warehouseSummary {
      warehouseId
      warehouseCode
      warehouseName
      skuCount
      onHand
      reserved
      inTransit
      outOfStock
      belowSafety
      overstock
    }
  }
`);

export const AbcAnalysisQuery = graphql(`
  query AbcAnalysis($days: Int, $warehouseId: ID) {
    abcAnalysis(days: $days, warehouseId: $warehouseId) {
      skuId
      skuCode
      productTitle
      abcClass
      soldQuantity
      salesValueFen
      share
      cumulativeShare
      onHand
      turnoverDays
    }
  }
`);

export const SetSafetyStockMutation = graphql(`
  mutation SetSafetyStock($input: SetSafetyStockInput!) {
    setSafetyStock(input: $input) {
      stockLevel { id safetyStock belowSafety suggestedReorder }
      errors { field message code }
    }
  }
`);

export const PostStockMovementMutation = graphql(`
  mutation PostStockMovement($input: PostStockMovementInput!) {
    postStockMovement(input: $input) {
      movement { id quantity onHandAfter }
      errors { field message code }
    }
  }
`);
