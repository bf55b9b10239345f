import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the contracts module (see operation-samples.ts). */
export const CONTRACTS_SAMPLES: Record<string, OperationSample> = {
  contracts: { query: '{ contracts(first: 1) { totalCount } }' },
  contract: { query: '{ contract(id: "999999") { id } }' },
  contractExpiryAlerts: { query: '{ contractExpiryAlerts(days: 30) { daysLeft } }' },
  contractAttachmentContent: { query: '{ contractAttachmentContent(id: "999999") { fileName } }' },
  createContract: { query: 'mutation { createContract(input: { title: "", type: PURCHASE, shopParty: "", startDate: "bad", endDate: "bad" }) { errors { code } } }' },
  updateContract: { query: 'mutation { updateContract(input: { id: "999999" }) { errors { code } } }' },
  submitContract: { query: 'mutation { submitContract(input: { id: "999999" }) { errors { code } } }' },
  approveContract: { query: 'mutation { approveContract(input: { id: "999999" }) { errors { code } } }' },
  rejectContract: { query: 'mutation { rejectContract(input: { id: "999999", note: "x" }) { errors { code } } }' },
  activateContract: { query: 'mutation { activateContract(input: { id: "999999" }) { errors { code } } }' },
  terminateContract: { query: 'mutation { terminateContract(input: { id: "999999", note: "x" }) { errors { code } } }' },
  markExpiredContracts: { query: 'mutation { markExpiredContracts { errors { code } } }' },
  addContractAttachment: { query: 'mutation { addContractAttachment(input: { contractId: "999999", fileName: "x.exe", contentType: "application/x-msdownload", base64: "" }) { errors { code } } }' },
  removeContractAttachment: { query: 'mutation { removeContractAttachment(input: { id: "999999" }) { errors { code } } }' },
};
