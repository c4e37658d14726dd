/** Open complaints of a customer found by normalised phone or email, as one SQL statement. */
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { columnOf, joinTableOf, tableOf } from './tables';

export interface DuplicateRow {
  id: string;
  trackingCode: string;
  status: string;
  subject: string;
  /** As the dialect returns it: a Date (PostgreSQL), epoch ms (SQLite). */
  receivedAt: unknown;
  customerId: string;
}

/** Open complaints whose customer has this phone or email, newest first, at most `limit`. */
export async function findOpenByContact(strapi: Core.Strapi, contact: { phone?: string | null; email?: string | null }, limit: number): Promise<DuplicateRow[]> {
  const c = (attr: string) => `c.${columnOf(strapi, 'complaint', attr)}`;
  const cu = (attr: string) => `cu.${columnOf(strapi, 'customer', attr)}`;
  const link = joinTableOf(strapi, 'complaint', 'customer');
  return strapi.db
    .connection(`${tableOf(strapi, 'complaint')} as c`)
    .join(`${link.table} as l`, `l.${link.joinColumn.name}`, 'c.id')
    .join(`${tableOf(strapi, 'customer')} as cu`, 'cu.id', `l.${link.inverseJoinColumn.name}`)
    .whereIn(c('status'), OPEN_STATUSES as string[])
    .where((w) => {
      if (contact.phone) w.orWhere(cu('phoneNormalized'), contact.phone);
      if (contact.email) w.orWhere(cu('emailNormalized'), contact.email);
    })
    .orderBy([
      { column: c('receivedAt'), order: 'desc' },
      { column: 'c.id', order: 'desc' },
    ])
    .limit(limit)
    .select({
      id: c('documentId'),
      trackingCode: c('trackingCode'),
      status: c('status'),
      subject: c('subject'),
      receivedAt: c('receivedAt'),
      customerId: cu('documentId'),
    });
}

export interface CustomerContactRow {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  valueTier: number | null;
  contactPreference: string | null;
}

/**
 * Customers on file with this phone or email (the caller lookup of the register form): the
 * normalised columns' indexes, erased customers left out, newest first, at most `limit`.
 */
export async function findCustomersByContact(strapi: Core.Strapi, contact: { phone?: string | null; email?: string | null }, limit: number): Promise<CustomerContactRow[]> {
  const cu = (attr: string) => `cu.${columnOf(strapi, 'customer', attr)}`;
  return strapi.db
    .connection(`${tableOf(strapi, 'customer')} as cu`)
    .whereNull(cu('erasedAt'))
    .where((w) => {
      if (contact.phone) w.orWhere(cu('phoneNormalized'), contact.phone);
      if (contact.email) w.orWhere(cu('emailNormalized'), contact.email);
    })
    .orderBy([{ column: 'cu.id', order: 'desc' }])
    .limit(limit)
    .select({
      id: cu('documentId'),
      name: cu('name'),
      phone: cu('phone'),
      email: cu('email'),
      valueTier: cu('valueTier'),
      contactPreference: cu('contactPreference'),
    });
}
