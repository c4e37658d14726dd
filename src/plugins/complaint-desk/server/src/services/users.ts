/**
 * Staff user records as the API shows them: `{id, email, username, role, teamIds}` (SPEC §8), plus
 * `fullName` (the display name), `name` (the full name, else the username) and `openComplaints`
 * (open complaints assigned to them: the pickers' workload).
 */
import type { Core } from '@strapi/strapi';
import { openComplaintCounts } from '../database/users';
import type { ListQuery } from '../domain/rest-query';
import { notFound } from '../errors';
import { uid } from '../pluginId';
import { RESOURCES } from '../resources';
import { getService } from '../utils';
import type { Caller } from './resources';
import type { StaffUserRecord } from '../../../shared/api';

export type { StaffUserRecord };

type UserRow = { id: number; documentId: string; email: string; username: string; fullName?: string | null; role?: { type: string } | null };

const USER = 'plugin::users-permissions.user';

export const createUsersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    async toRecords(users: UserRow[]): Promise<StaffUserRecord[]> {
      const [teams, open] = users.length
        ? await Promise.all([
            strapi.documents(uid('team')).findMany({ filters: { members: { id: { $in: users.map((u) => u.id) } } } as any, populate: { members: { fields: ['id'] } } as any }),
            openComplaintCounts(strapi, users.map((u) => u.id)),
          ])
        : [[], new Map<number, number>()];
      return users.map((user) => ({
        id: user.documentId,
        email: user.email,
        username: user.username,
        fullName: user.fullName ?? null,
        name: user.fullName || user.username,
        role: user.role?.type ?? null,
        teamIds: teams.filter((t: any) => t.members.some((m: any) => m.id === user.id)).map((t: any) => t.documentId),
        openComplaints: open.get(user.id) ?? 0,
      }));
    },

    async toRecord(user: UserRow): Promise<StaffUserRecord> {
      return (await service.toRecords([user]))[0];
    },

    /** Staff only: users without one of the six staff roles (customers, admins' test accounts) are not listed. */
    async list(query: ListQuery, _caller: Caller) {
      const resources = getService(strapi, 'resources');
      const def = RESOURCES.users;
      const where = { $and: [...resources.filtersFor(def, query.conditions), { role: { type: { $in: ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor'] } } }] };
      const sortField = query.sort.field;
      const [rows, total] = await Promise.all([
        strapi.documents(USER as any).findMany({ filters: where as any, sort: [{ [sortField]: query.sort.order.toLowerCase() }] as any, start: query.offset, limit: query.limit, populate: { role: { fields: ['type'] } } as any }),
        strapi.documents(USER as any).count({ filters: where as any }),
      ]);
      return { rows: (await service.toRecords(rows as any)) as unknown as Record<string, unknown>[], total: Number(total) };
    },

    async read(id: string) {
      const user = await strapi.documents(USER as any).findOne({ documentId: id, populate: { role: { fields: ['type'] } } as any });
      if (!user) throw notFound(`No user with id ${id}`);
      return service.toRecord(user as any);
    },
  };
  return service;
};

export type UsersService = ReturnType<typeof createUsersService>;
export default createUsersService;
