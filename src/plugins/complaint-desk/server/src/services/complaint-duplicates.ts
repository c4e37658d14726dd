/**
 * GET /complaints/duplicates: the open complaints of customers with the phone number or
 * email address being typed in the register form — the same customer complaining again? One query
 * over the customers' normalized columns (indexed), same SQL on SQLite and PostgreSQL
 * (database/complaint-duplicates.ts).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { findCustomersByContact, findOpenByContact, type CustomerContactRow } from '../database/complaint-duplicates';
import { normalizeEmail, normalizePhone } from '../domain/contact';
import { type Status } from '../domain/lifecycle';
import { normaliseDigits } from '../domain/tracking-code';
import { badRequest } from '../errors';
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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Open complaints whose customer has this phone or email, newest first, at most 10. */
  async find(query: unknown): Promise<DuplicateComplaint[]> {
    const rows = await findOpenByContact(strapi, parseDuplicatesQuery(query), DUPLICATES_LIMIT);
    return rows.map((r) => ({ ...r, status: r.status as Status, receivedAt: toIso(r.receivedAt) }));
  },

  /**
   * GET /customers/lookup: the customers on file with this phone or email, for the caller lookup
   * that starts the register form. Only the front roles reach it (they see personal data).
   */
  async customers(query: unknown): Promise<CustomerContactRow[]> {
    const rows = await findCustomersByContact(strapi, parseDuplicatesQuery(query), DUPLICATES_LIMIT);
    return rows.map((r) => ({ ...r, valueTier: r.valueTier === null ? null : Number(r.valueTier) }));
  },
});
