import { graphql } from '../../../gql';

/** Supplier partners by name or code, for pickers. */
export const SupplierOptionsQuery = graphql(`
  query ProcSupplierOptions($search: String) {
    partners(first: 20, where: { type: SUPPLIER, search: $search, active: true }, sort: { field: NAME, direction: ASC }) {
      nodes { id code name }
    }
  }
`);
