import { graphql } from '../../../gql';

export const CouriersQuery = graphql(`
  query Couriers {
    couriers {
      id code name contactPhone notes active
      rates { id method province firstWeightGrams firstFeeFen additionalUnitGrams additionalFeeFen }
    }
  }
`);

export const CreateCourierMutation = graphql(`
  mutation CreateCourier($input: CreateCourierInput!) {
    createCourier(input: $input) { courier { id } errors { field message code } }
  }
`);

export const UpdateCourierMutation = graphql(`
  mutation UpdateCourier($input: UpdateCourierInput!) {
    updateCourier(input: $input) { courier { id name contactPhone notes active } errors { field message code } }
  }
`);

export const SetCourierRateMutation = graphql(`
  mutation SetCourierRate($input: SetCourierRateInput!) {
    setCourierRate(input: $input) { rate { id } errors { field message code } }
  }
`);

export const RemoveCourierRateMutation = graphql(`
  mutation RemoveCourierRate($input: IdInput!) {
    removeCourierRate(input: $input) { errors { field message code } }
  }
`);

export const FeeTemplatesQuery = graphql(`
  query FeeTemplates($method: ShippingMethod) {
    shippingFeeTemplates(method: $method) {
      id method province firstWeightGrams firstFeeFen additionalUnitGrams additionalFeeFen freeShippingThresholdFen updatedAt
    }
  }
`);

export const SetFeeTemplateMutation = graphql(`
  mutation SetFeeTemplate($input: SetShippingFeeTemplateInput!) {
    setShippingFeeTemplate(input: $input) { template { id } errors { field message code } }
  }
`);

export const RemoveFeeTemplateMutation = graphql(`
  mutation RemoveFeeTemplate($input: IdInput!) {
    removeShippingFeeTemplate(input: $input) { errors { field message code } }
  }
`);

export const ShipFirstRegionsQuery = graphql(`
  query ShipFirstRegions {
    shipFirstRegions { id province note updatedAt }
  }
`);

export const SetShipFirstRegionsMutation = graphql(`
  mutation SetShipFirstRegions($input: SetShipFirstRegionsInput!) {
    setShipFirstRegions(input: $input) { regions { id province note } errors { field message code } }
  }
`);
