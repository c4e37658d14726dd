/**
 * The complaint list and the queue counts for a caller: the SQL is database/complaint-list.ts,
 * the queues' meaning domain/queues.ts. This service adds who asks (their id, and whether their
 * role sees personal data) and the list's configuration.
 */
import type { Core } from '@strapi/strapi';
import type { ListQuery } from '../domain/rest-query';
import { createComplaintList, type ListCaller } from '../database/complaint-list';
import { seesPersonalData } from '../resources';
import type { Caller } from './resources';

export { QUEUE_NAMES } from '../domain/queues';

const listCaller = (caller: Caller): ListCaller => ({ id: caller.id, seesPersonalData: seesPersonalData(caller.role) });

export const createComplaintQueryService = ({ strapi }: { strapi: Core.Strapi }) => {
  const list = createComplaintList(strapi);
  return {
    TO_ONE: list.TO_ONE,
    joinToOne: list.joinToOne,
    relationsOf: list.relationsOf,
    fromRow: list.fromRow,
    queueCounts: (caller: Caller) => list.queueCounts(listCaller(caller)),
    /** A page of complaints and the total; PostgreSQL prepares repeated page statements unless `listPreparedStatements` is false. */
    page: (query: ListQuery, caller: Caller) =>
      list.page(query, listCaller(caller), { prepared: strapi.config.get<boolean>('plugin::complaint-desk.listPreparedStatements', true) === true }),
  };
};

export type ComplaintQueryService = ReturnType<typeof createComplaintQueryService>;
export default createComplaintQueryService;
