import { isStaffRole, REPORT_ROLES, type StaffRole } from '@contract';
import { getStoredRole } from '../session';

/** Whether a role may open the Reports section (the server decides each report's scope). */
export const canSeeReports = (role: unknown): role is StaffRole => isStaffRole(role) && REPORT_ROLES.includes(role);

/** The stored role's answer, synchronously (as `useRoleCan`), for the menu and the pages. */
export const useCanSeeReports = (): boolean => canSeeReports(getStoredRole());
