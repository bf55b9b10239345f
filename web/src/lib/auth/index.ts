export { canAccess, canAccessAny } from './canAccess';
export { useViewer } from './useViewer';
export { RequirePermission, IfPermitted } from './RequirePermission';
export { RequireAuth } from './RequireAuth';
export { NoAccess } from './NoAccess';
export { MeQuery, LoginMutation, LogoutMutation, SetMyLocaleMutation } from './operations';
