import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'warehouse',
  titleKey: 'nav.warehouse',
  purposeKey: 'workspace.purpose.warehouse',
  domains: ['stock', 'transfer', 'stocktake', 'warehouse', 'order', 'courier'],
  departmentCodes: ['procurement-warehouse'],
  links: ['fulfilment', 'shipments', 'couriers', 'stock', 'low-stock', 'transfers', 'stocktakes', 'proc-receiving', 'products'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
