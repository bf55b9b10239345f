import { Contract } from './contract.entity.js';
import { ContractAttachment } from './contract-attachment.entity.js';

/** The contracts module's entities, registered with the ORM by modules/entities.ts. */
export const CONTRACTS_ENTITIES = [Contract, ContractAttachment];
