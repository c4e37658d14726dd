import { useMemo } from 'react';
import { getStoredRole } from '../session';
import { canAccess, type AccessQuery } from './canAccess';

/**
 * The authProvider's `canAccess` answered synchronously: it is a pure function of the stored role
 * (canAccess.ts), so screens on the landing path (the menu, the complaint list) render the right
 * items and columns on their first render instead of waiting for react-admin's async useCanAccess
 * and rendering again. The server still decides.
 */
export const useRoleCan = ({ action, resource, record }: AccessQuery): boolean => {
  const role = getStoredRole();
  return useMemo(() => canAccess(role, { action, resource, record }), [role, action, resource, record]);
};
