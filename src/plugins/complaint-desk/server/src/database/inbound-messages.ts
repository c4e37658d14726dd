/**
 * The keys of inbound messages already taken (domain/inbound-email.ts `messageKey`: a hash of the
 * channel and the Message-ID), so that a mail delivered twice makes one complaint. Made at
 * bootstrap; Strapi's schema sync leaves undeclared tables alone.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { qualified } from './tables';

export const INBOUND_MESSAGES_TABLE = 'cd_inbound_messages';

const table = (strapi: Core.Strapi) => qualified(strapi, INBOUND_MESSAGES_TABLE);

/** Makes the table when missing. */
export async function ensureInboundMessages(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const schema = strapi.db.getSchemaName();
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (await builder().hasTable(INBOUND_MESSAGES_TABLE)) return;
  try {
    await builder().createTable(INBOUND_MESSAGES_TABLE, (t) => {
      t.string('message_key', 64).primary();
      t.string('channel', 16).notNullable();
      t.string('claim', 32).notNullable();
      t.string('complaint_document_id', 255);
      t.timestamp('created_at', { useTz: true }).notNullable();
    });
  } catch (err) {
    // Another instance starting at the same moment made it first.
    if (!(await builder().hasTable(INBOUND_MESSAGES_TABLE))) throw err;
  }
}

/** The complaint a key led to, when it was taken before (null complaint: a message taken and dropped). */
export async function findInboundMessage(strapi: Core.Strapi, key: string): Promise<{ complaintId: string | null } | null> {
  const row = await strapi.db.connection(table(strapi)).where({ message_key: key }).first('complaint_document_id');
  return row ? { complaintId: (row.complaint_document_id as string | null) ?? null } : null;
}

/**
 * Takes `key` inside the caller's transaction: `taken` when this transaction took it; otherwise
 * the complaint it led to before. A concurrent taker on PostgreSQL waits on the key's index entry
 * until the first commits (then finds it taken) or rolls back (then takes it).
 */
export async function claimInboundMessage(strapi: Core.Strapi, trx: Knex.Transaction, key: string, channel: string): Promise<{ taken: true } | { taken: false; complaintId: string | null }> {
  const claim = randomBytes(12).toString('hex');
  await trx(table(strapi)).insert({ message_key: key, channel, claim, created_at: new Date() }).onConflict('message_key').ignore();
  const row = await trx(table(strapi)).where({ message_key: key }).first('claim', 'complaint_document_id');
  return row?.claim === claim ? { taken: true } : { taken: false, complaintId: (row?.complaint_document_id as string | null) ?? null };
}

/** Records the complaint a taken key led to. */
export async function settleInboundMessage(strapi: Core.Strapi, trx: Knex.Transaction, key: string, complaintId: string): Promise<void> {
  await trx(table(strapi)).where({ message_key: key }).update({ complaint_document_id: complaintId });
}
