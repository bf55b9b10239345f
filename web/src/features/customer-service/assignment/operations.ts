import { graphql } from '../../../gql';

export const FirstContactOverviewQuery = graphql(`
  query CsFirstContactOverview {
    firstContactOverview {
      asOf
      specialists { assigned awaiting overdue dueWithinDay specialist { id name } }
      teams { assigned awaiting overdue dueWithinDay specialists team { id name nameEn } }
    }
  }
`);

export const AssignCustomersMutation = graphql(`
  mutation CsAssignCustomers($input: AssignCustomersInput!) {
    assignCustomers(input: $input) {
      assigned
      unchanged
      errors { field message code }
    }
  }
`);

export const AutoAssignCustomersMutation = graphql(`
  mutation CsAutoAssignCustomers($input: AutoAssignCustomersInput!) {
    autoAssignCustomers(input: $input) {
      assigned
      specialists { abilityPercent before added after specialist { id name } }
      errors { field message code }
    }
  }
`);

export const SetSpecialistProfileMutation = graphql(`
  mutation CsSetSpecialistProfile($input: SetSpecialistProfileInput!) {
    setSpecialistProfile(input: $input) {
      specialist { id abilityPercent inPool note }
      errors { field message code }
    }
  }
`);
