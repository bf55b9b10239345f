import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'after-sales',
  titleKey: 'nav.afterSales',
  purposeKey: 'workspace.purpose.afterSales',
  domains: ['complaint', 'return', 'review'],
  departmentCodes: ['after-sales'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
