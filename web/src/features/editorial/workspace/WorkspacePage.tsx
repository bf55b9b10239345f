import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'editorial',
  titleKey: 'nav.editorial',
  purposeKey: 'workspace.purpose.editorial',
  domains: ['content'],
  departmentCodes: ['editorial', 'design'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
