import { graphql } from '../../../gql';
import type { ContractStatus, ContractType } from '../../../gql/graphql';

export const CONTRACT_STATUSES: ContractStatus[] = ['DRAFT', 'UNDER_REVIEW', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];
export const CONTRACT_TYPES: ContractType[] = ['PURCHASE', 'FRAMEWORK', 'SUPPLY', 'OTHER'];

export const ContractsQuery = graphql(`
  query Contracts($first: Int, $after: String, $where: ContractFilter, $sort: ContractSort) {
    contracts(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code title type status amount startDate endDate daysLeft createdAt supplier { id code name } }
    }
  }
`);

export const ContractQuery = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      id code title type status storedStatus shopParty terms amount startDate endDate daysLeft note
      reviewedAt signedAt endedAt createdAt updatedAt
      supplier { id code name }
      createdBy { id name }
      reviewedBy { id name }
      attachments { id fileName contentType sizeBytes createdAt }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);

export const ContractExpiryAlertsQuery = graphql(`
  query ContractExpiryAlerts($days: Int) {
    contractExpiryAlerts(days: $days) {
      daysLeft
      contract { id code title endDate supplier { id code name } }
    }
  }
`);

export const ContractAttachmentContentQuery = graphql(`
  query ContractAttachmentContent($id: ID!) {
    contractAttachmentContent(id: $id) { fileName contentType base64 }
  }
`);


export const CreateContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) { contract { id code } errors { field message code } }
  }
`);

export const UpdateContractMutation = graphql(`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      contract { id code title type shopParty terms amount startDate endDate daysLeft supplier { id code name } }
      errors { field message code }
    }
  }
`);

export const SubmitContractMutation = graphql(`
  mutation SubmitContract($input: ContractActionInput!) {
    submitContract(input: $input) {
      contract { id status storedStatus note updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const ApproveContractMutation = graphql(`
  mutation ApproveContract($input: ContractActionInput!) {
    approveContract(input: $input) {
      contract { id status storedStatus reviewedAt signedAt updatedAt reviewedBy { id name } history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const RejectContractMutation = graphql(`
  mutation RejectContract($input: ContractActionInput!) {
    rejectContract(input: $input) {
      contract { id status storedStatus note updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const ActivateContractMutation = graphql(`
  mutation ActivateContract($input: ContractActionInput!) {
    activateContract(input: $input) {
      contract { id status storedStatus daysLeft updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const TerminateContractMutation = graphql(`
  mutation TerminateContract($input: ContractActionInput!) {
    terminateContract(input: $input) {
      contract { id status storedStatus daysLeft note endedAt updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const AddContractAttachmentMutation = graphql(`
  mutation AddContractAttachment($input: AddContractAttachmentInput!) {
    addContractAttachment(input: $input) {
      attachment { id fileName }
      contract { id attachments { id fileName contentType sizeBytes createdAt } }
      errors { field message code }
    }
  }
`);

export const RemoveContractAttachmentMutation = graphql(`
  mutation RemoveContractAttachment($input: RemoveContractAttachmentInput!) {
    removeContractAttachment(input: $input) {
      contract { id attachments { id fileName contentType sizeBytes createdAt } }
      errors { field message code }
    }
  }
`);
