import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../../../lib/auth';
import { ComplaintChoicesQuery } from '../operations';

export interface StaffOption { id: string; name: string; email?: string }

/**
 * The short lists the complaint and review forms pick from (complaintChoices, complaint:write): responsible staff,
 * handlers, suppliers, and the supplier suggested for the complaint's SKU.
 */
export function useComplaintChoices(complaintId?: string) {
  const { can } = useViewer();
  const { data } = useQuery(ComplaintChoicesQuery, { variables: { complaintId: complaintId ?? null }, skip: !can('complaint:write') });
  const choices = data?.complaintChoices;
  return {
    staff: (choices?.staff ?? []) as StaffOption[],
    handlers: (choices?.handlers ?? []) as StaffOption[],
    suppliers: (choices?.suppliers ?? []).map((s) => ({ id: s.id, label: `${s.code} ${s.name}` })),
    suggestedSupplierId: choices?.suggestedSupplier?.id ?? null,
  };
}

/** Staff who may be named responsible. */
export function useResponsibleStaff(): StaffOption[] {
  return useComplaintChoices().staff;
}
