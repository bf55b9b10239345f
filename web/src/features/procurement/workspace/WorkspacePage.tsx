import { Stack } from '@mui/material';
import { useViewer } from '../../../lib/auth';
import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';
import { ContractExpiryCard } from './ContractExpiryCard';
import { PendingCard } from './PendingCard';

const config: WorkspaceConfig = {
  key: 'procurement',
  titleKey: 'nav.procurement',
  purposeKey: 'workspace.purpose.procurement',
  domains: ['supplier', 'purchase', 'receipt', 'contract'],
  departmentCodes: ['procurement-warehouse'],
  links: ['proc-plans', 'proc-orders', 'proc-receiving', 'proc-rfqs', 'proc-suppliers', 'proc-returns', 'proc-statements', 'proc-contracts', 'low-stock', 'stock', 'products'],
};

/** The procurement department's landing page: its screens, permissions and team, then the work waiting and contracts about to end. */
export default function WorkspacePage() {
  const { can } = useViewer();
  return (
    <>
      <DepartmentWorkspace config={config} />
      {can('purchase:read') && (
        <Stack spacing={2} sx={{ mt: 2 }}>
          <PendingCard />
          <ContractExpiryCard />
        </Stack>
      )}
    </>
  );
}
