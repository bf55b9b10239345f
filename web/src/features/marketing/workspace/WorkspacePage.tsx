import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'marketing',
  titleKey: 'nav.marketing',
  purposeKey: 'workspace.purpose.marketing',
  domains: ['promotion', 'product', 'price'],
  departmentCodes: ['marketing'],
  links: ['products', 'price-approvals', 'stock', 'low-stock'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
