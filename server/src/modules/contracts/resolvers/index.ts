import { ContractsResolver } from './contracts.resolver.js';
import { ContractFieldsResolver } from './contract-fields.resolver.js';

/** The contracts module's resolver classes, registered by modules/resolvers.ts. */
export const CONTRACTS_RESOLVERS = [ContractsResolver, ContractFieldsResolver] as const;
