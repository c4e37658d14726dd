/**
 * The audit trail of records other than complaints (complaints have their events): one append-only
 * `audit-entry` per change, naming the entity, the action, the actor and each changed field's old
 * and new value `{field: {from, to}}`. Written in the caller's transaction, so an entry exists
 * exactly when its change does. Read through the `audit-entries` resource.
 */
import type { Core } from '@strapi/strapi';
import type { FieldChanges } from '../domain/changes';
import { uid } from '../pluginId';

/** The entity types the trail names (a resource's content type, by its singular name). */
export type AuditEntityType = 'corrective-action' | 'cft-review' | (string & {});

export interface AuditInput {
  entityType: AuditEntityType;
  /** The entity's documentId. */
  entityId: string;
  action: string;
  /** The staff user (row id and role); null for the system (the periodic evaluation). */
  actor: { id: number; role: string } | null;
  changes: FieldChanges;
}

export const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(entry: AuditInput): Promise<void> {
    await (strapi.documents(uid('audit-entry') as never) as unknown as { create(args: { data: Record<string, unknown> }): Promise<unknown> }).create({
      data: {
        entityType: entry.entityType,
        entityId: entry.entityId,
        action: entry.action,
        actor: entry.actor ? { set: [{ id: entry.actor.id }] } : undefined,
        actorRole: entry.actor ? entry.actor.role : 'system',
        changes: entry.changes,
      },
    });
  },
});

export type AuditService = ReturnType<typeof createAuditService>;
export default createAuditService;
