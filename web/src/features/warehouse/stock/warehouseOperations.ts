import { graphql } from '../../../gql';

export const WarehousesAdminQuery = graphql(`
  query WarehousesAdmin {
    warehouses { id code name address active }
  }
`);

export const CreateWarehouseMutation = graphql(`
  mutation CreateWarehouse($input: CreateWarehouseInput!) {
    createWarehouse(input: $input) {
      warehouse { id code name address active }
      errors { field message code }
    }
  }
`);

export const UpdateWarehouseMutation = graphql(`
  mutation UpdateWarehouse($input: UpdateWarehouseInput!) {
    updateWarehouse(input: $input) {
      warehouse { id code name address active }
      errors { field message code }
    }
  }
`);
