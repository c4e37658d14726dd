/** Staff user records as the API shows them: `{id, email, username, role, teamIds}` (SPEC §8). */
import type { Core } from '@strapi/strapi';
import { uid } from '../pluginId';

export interface StaffUserRecord {
  id: string;
  email: string;
  username: string;
  role: string | null;
  teamIds: string[];
}

export const createUsersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async toRecord(user: { id: number; documentId: string; email: string; username: string; role?: { type: string } | null }): Promise<StaffUserRecord> {
    const teams = await strapi.documents(uid('team')).findMany({ filters: { members: { id: user.id } } as any, fields: ['documentId'] as any });
    return {
      id: user.documentId,
      email: user.email,
      username: user.username,
      role: user.role?.type ?? null,
      teamIds: teams.map((t: { documentId: string }) => t.documentId),
    };
  },
});

export type UsersService = ReturnType<typeof createUsersService>;
export default createUsersService;
