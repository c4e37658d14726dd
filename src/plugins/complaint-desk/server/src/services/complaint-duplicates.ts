/**
 * GET /complaints/duplicates (issue #5): the open complaints of customers with the phone number or
 * email address being typed in the register form — the same customer complaining again? One query
 * over the customers' normalized columns (indexed), same SQL on SQLite and PostgreSQL.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { normalizeEmail, normalizePhone } from '../domain/contact';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { normaliseDigits } from '../domain/tracking-code';
import { badRequest } from '../errors';
import { uid } from '../pluginId';
import type { DuplicateComplaint } from '../../../shared/api';

export const DUPLICATES_LIMIT = 10;

export type { DuplicateComplaint };

const single = (message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string({ invalid_type_error: message }).optional());

const querySchema = z
  .object({
    phone: single('must be a single phone number').pipe(
      z
        .string()
        .max(40, 'must be at most 40 characters')
        .transform((v) => normaliseDigits(v.trim()))
        .refine((v) => /^\+?[0-9\s().\-/]+$/.test(v), 'must contain only digits, spaces, +, -, ( and )')
        .refine((v) => v.replace(/[^0-9]/g, '').length >= 5, 'must have at least 5 digits')
        .optional(),
    ),
    email: single('must be a single email address').pipe(z.string().trim().max(254).email('must be an email address').optional()),
  })
  .passthrough();

/** The query's phone and email, normalized as stored; 400 with field paths otherwise. */
export function parseDuplicatesQuery(query: unknown): { phone: string | null; email: string | null } {
  const parsed = querySchema.safeParse(query ?? {});
  if (!parsed.success) {
    throw badRequest(
      'Invalid duplicate check',
      // One message per field (the first).
      parsed.error.issues
        .map((i) => ({ path: i.path.join('.'), message: i.message }))
        .filter((issue, index, all) => all.findIndex((other) => other.path === issue.path) === index),
    );
  }
  const phone = normalizePhone(parsed.data.phone);
  const email = normalizeEmail(parsed.data.email);
  if (!phone && !email) throw badRequest('Invalid duplicate check', [{ path: 'phone', message: 'a phone number or an email is required' }]);
  return { phone, email };
}

const toIso = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };

  return {
    /** Open complaints whose customer has this phone or email, newest first, at most 10. */
    async find(query: unknown): Promise<DuplicateComplaint[]> {
      const { phone, email } = parseDuplicatesQuery(query);
      const complaint = strapi.db.metadata.get(uid('complaint') as any) as any;
      const customer = strapi.db.metadata.get(uid('customer') as any) as any;
      const col = (meta: any, attr: string) => meta.attributes[attr].columnName ?? attr;
      const jt = complaint.attributes.customer.joinTable;
      const rows: any[] = await strapi.db
        .connection(`${table(complaint.tableName)} as c`)
        .join(`${table(jt.name)} as l`, `l.${jt.joinColumn.name}`, 'c.id')
        .join(`${table(customer.tableName)} as cu`, 'cu.id', `l.${jt.inverseJoinColumn.name}`)
        .whereIn(`c.${col(complaint, 'status')}`, OPEN_STATUSES as string[])
        .where((w: any) => {
          if (phone) w.orWhere(`cu.${col(customer, 'phoneNormalized')}`, phone);
          if (email) w.orWhere(`cu.${col(customer, 'emailNormalized')}`, email);
        })
        .orderBy([
          { column: `c.${col(complaint, 'receivedAt')}`, order: 'desc' },
          { column: 'c.id', order: 'desc' },
        ])
        .limit(DUPLICATES_LIMIT)
        .select({
          id: 'c.document_id',
          trackingCode: `c.${col(complaint, 'trackingCode')}`,
          status: `c.${col(complaint, 'status')}`,
          subject: `c.${col(complaint, 'subject')}`,
          receivedAt: `c.${col(complaint, 'receivedAt')}`,
          customerId: 'cu.document_id',
        });
      return rows.map((r) => ({
        id: r.id,
        trackingCode: r.trackingCode,
        status: r.status,
        subject: r.subject,
        receivedAt: toIso(r.receivedAt),
        customerId: r.customerId,
      }));
    },
  };
};
