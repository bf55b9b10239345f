import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'management',
  titleKey: 'nav.management',
  purposeKey: 'workspace.purpose.management',
  domains: ['report', 'ledger', 'order'],
  departmentCodes: ['operations'],
  links: ['orders', 'ledger', 'price-approvals', 'stocktakes', 'stock', 'low-stock', 'products'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
