import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'analysis',
  titleKey: 'nav.analysis',
  purposeKey: 'workspace.purpose.analysis',
  domains: ['analytics', 'report'],
  departmentCodes: ['data-analysis'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
