import { graphql } from '../../../gql';

export const ProposePriceChangeMutation = graphql(`
  mutation ProposePriceChange($input: ProposePriceChangeInput!) {
    proposePriceChange(input: $input) {
      priceChange { id status kind proposedFen }
      errors { field message code }
    }
  }
`);

export const CancelPriceChangeMutation = graphql(`
  mutation CancelPriceChange($input: DecidePriceChangeInput!) {
    cancelPriceChange(input: $input) {
      priceChange { id status decidedAt decidedByName }
      errors { field message code }
    }
  }
`);

export const SkuPricesQuery = graphql(`
  query SkuPrices($skuId: ID!) {
    priceHistory(skuId: $skuId) { id at kind oldFen newFen changedByLabel priceChangeId }
    priceChanges(first: 50, where: { skuId: $skuId }) {
      nodes {
        id
        kind
        status
        currentFen
        proposedFen
        reason
        proposedById
        proposedByName
        decidedByName
        decidedAt
        decisionNote
        createdAt
      }
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      mode
      fileName
      totalRows
      processedRows
      importedRows
      errorCount
      finishedAt
      errors { row column message code }
    }
  }
`);

export const StartProductImportMutation = graphql(`
  mutation StartProductImport($input: StartProductImportInput!) {
    startProductImport(input: $input) {
      job { id status totalRows processedRows }
      errors { field message code }
    }
  }
`);
