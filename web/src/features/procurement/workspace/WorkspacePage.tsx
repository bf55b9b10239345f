import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'procurement',
  titleKey: 'nav.procurement',
  purposeKey: 'workspace.purpose.procurement',
  domains: ['supplier', 'purchase', 'receipt', 'contract'],
  departmentCodes: ['procurement-warehouse'],
  links: ['low-stock', 'stock', 'products'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
