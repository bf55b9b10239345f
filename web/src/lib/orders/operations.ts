import { graphql } from '../../gql';

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces
  }
`);

export const CourierOptionsQuery = graphql(`
  query CourierOptions {
    couriers { id code name active }
  }
`);

export const TRACKING_EVENT_FIELDS = `id at status location description source actorLabel actor { id name }`;
