import { DepartmentWorkspace, type WorkspaceConfig } from '../../../lib/workspace/DepartmentWorkspace';

const config: WorkspaceConfig = {
  key: 'customer-service',
  titleKey: 'nav.customerService',
  purposeKey: 'workspace.purpose.customerService',
  domains: ['customer', 'callback', 'conversation', 'order'],
  departmentCodes: ['customer-service'],
  links: ['cs-customers', 'cs-callbacks', 'cs-campaigns', 'cs-assignment', 'cs-conversations', 'cs-faq', 'cs-unclosed', 'cs-leads', 'orders', 'shipments'],
};

export default function WorkspacePage() {
  return <DepartmentWorkspace config={config} />;
}
