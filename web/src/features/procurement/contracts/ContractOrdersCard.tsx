/** Placeholder until purchase orders can be listed by contract. */
export function ContractOrdersCard({ contractId }: { contractId: string }) {
  void contractId;
  return null;
}
