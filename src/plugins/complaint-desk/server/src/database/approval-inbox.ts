/**
 * The approval steps a caller can decide now, as one SQL statement (so that the inbox page and
 * its total agree). A step is decidable when it is pending, asks for the caller's role, belongs to
 * the current round of a complaint awaiting approval, no lower step of that round is still
 * pending, and the complaint is not about the caller (objectivity): the rules of the approve and
 * decline actions (domain/actions.ts `currentApprover`).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { columnOf, joinTableOf, tableOf } from './tables';

export interface Approver {
  id: number;
  role: string;
}

export function createApprovalInboxQueries(strapi: Core.Strapi) {
  const a = (attr: string) => columnOf(strapi, 'approval', attr);
  const c = (attr: string) => columnOf(strapi, 'complaint', attr);

  /** The decidable steps as a query builder over `a` (approval) and `c` (complaint). */
  function decidable(knex: Knex, caller: Approver): Knex.QueryBuilder {
    const ac = joinTableOf(strapi, 'approval', 'complaint');
    const subjectStaff = joinTableOf(strapi, 'complaint', 'subjectStaff');
    const approvals = tableOf(strapi, 'approval');
    return knex
      .from(`${approvals} as a`)
      .join(`${ac.table} as la`, `la.${ac.joinColumn.name}`, 'a.id')
      .join(`${tableOf(strapi, 'complaint')} as c`, 'c.id', `la.${ac.inverseJoinColumn.name}`)
      .where(`a.${a('decision')}`, 'pending')
      .where(`a.${a('requiredRole')}`, caller.role)
      .where(`c.${c('status')}`, 'pending_approval')
      .whereRaw('coalesce(??, 1) = coalesce(??, 1)', [`a.${a('round')}`, `c.${c('responseRound')}`])
      .whereNotExists(
        knex
          .from(`${approvals} as b`)
          .join(`${ac.table} as lb`, `lb.${ac.joinColumn.name}`, 'b.id')
          .whereRaw('?? = ??', [`lb.${ac.inverseJoinColumn.name}`, `la.${ac.inverseJoinColumn.name}`])
          .where(`b.${a('decision')}`, 'pending')
          .whereRaw('coalesce(??, 1) = coalesce(??, 1)', [`b.${a('round')}`, `a.${a('round')}`])
          .whereRaw('?? < ??', [`b.${a('step')}`, `a.${a('step')}`])
          .select(knex.raw('1')),
      )
      .whereNotExists(
        knex
          .from(`${subjectStaff.table} as ls`)
          .whereRaw('?? = ??', [`ls.${subjectStaff.joinColumn.name}`, 'c.id'])
          .where(`ls.${subjectStaff.inverseJoinColumn.name}`, caller.id)
          .select(knex.raw('1')),
      );
  }

  return {
    /** How many steps the caller can decide now. */
    async count(caller: Approver): Promise<number> {
      const [row] = (await decidable(strapi.db.connection, caller).count({ n: '*' })) as Array<{ n?: number | string }>;
      return Number(row?.n ?? 0);
    },

    /** A page of the caller's decidable steps (approval and complaint ids), oldest first, then by id. */
    async page(caller: Approver, offset: number, limit: number): Promise<Array<{ approvalId: number; complaintId: number }>> {
      const rows = (await decidable(strapi.db.connection, caller)
        .select('a.id as approval_id', 'c.id as complaint_id')
        .orderBy([
          { column: `a.${a('createdAt')}`, order: 'asc' },
          { column: 'a.id', order: 'asc' },
        ])
        .offset(offset)
        .limit(limit)) as Array<{ approval_id: number | string; complaint_id: number | string }>;
      return rows.map((r) => ({ approvalId: Number(r.approval_id), complaintId: Number(r.complaint_id) }));
    },
  };
}
