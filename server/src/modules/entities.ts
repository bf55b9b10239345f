import { AuditLog } from '../core/audit/audit-log.entity.js';
import { Department } from './identity/entities/department.entity.js';
import { Role } from './identity/entities/role.entity.js';
import { User } from './identity/entities/user.entity.js';
import { Session } from './identity/entities/session.entity.js';
import { Partner } from './partners/entities/partner.entity.js';
import { ApiToken } from './tokens/entities/api-token.entity.js';

/** Every entity the ORM knows. Each module adds its own here. */
export const ENTITIES = [AuditLog, Department, Role, User, Session, Partner, ApiToken];
