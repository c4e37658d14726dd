import type { Core } from '@strapi/strapi';
import { pluginId } from './pluginId';
import type services from './services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type ServiceOf<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the plugin's services (STYLE: "a typed getService(name) helper"). */
export function getService<N extends ServiceName>(strapi: Core.Strapi, name: N): ServiceOf<N> {
  return strapi.plugin(pluginId).service(name) as ServiceOf<N>;
}

/** True for a unique-constraint violation on SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed|duplicate key value violates unique constraint/i.test(e?.message ?? '')
  );
}

const DOCUMENT_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Calls `fn` after any write to the given content types, for in-memory caches that must forget
 * what a write changes: database lifecycles catch writes through strapi.db.query and the Document
 * Service as they happen, and a Document Service middleware once the call has returned. Inside a
 * transaction (the call's own or an outer one) `fn` runs again on the transaction's onCommit, so a
 * read between the write and its commit cannot leave the old value cached. Writes with raw SQL are
 * not seen (callers bound their caches with a TTL for those and for other server processes).
 */
export function onWrites(strapi: Core.Strapi, uids: readonly string[], fn: () => void): void {
  const now = () => {
    fn();
    if (strapi.db.inTransaction()) void strapi.db.transaction(async ({ onCommit }) => onCommit(fn));
  };
  strapi.db.lifecycles.subscribe({
    models: [...uids],
    afterCreate: now,
    afterCreateMany: now,
    afterUpdate: now,
    afterUpdateMany: now,
    afterDelete: now,
    afterDeleteMany: now,
  } as any);
  strapi.documents.use(async (context, next) => {
    if (!uids.includes(context.uid) || !DOCUMENT_WRITES.has(context.action)) return next();
    const result = await next();
    now();
    return result;
  });
}
