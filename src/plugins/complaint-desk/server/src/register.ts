import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uid } from './pluginId';

const EVENT = uid('complaint-event');
const COMPLAINT = uid('complaint');
const WRITE_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export const COMPLAINT_NOT_DELETABLE = 'a complaint is a record: it cannot be deleted';

export const USER = 'plugin::users-permissions.user';
/** When the user's password last changed: tokens issued before then are refused (services/staff-auth.ts). */
export const PASSWORD_CHANGED_AT = 'passwordChangedAt';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('content-types').extend(USER, (contentType: any) => {
    Object.assign(contentType.attributes, {
      [PASSWORD_CHANGED_AT]: { type: 'datetime', private: true, writable: false, configurable: false, visible: false },
    });
    // Staff have a display name (full name) besides their login: pickers, lists and the timeline show
    // it. Added here, before the database schema is synced, so the host app needs no extension folder.
    contentType.attributes.fullName ??= { type: 'string', maxLength: 120 };
  });

  // The audit trail is append-only (issue #3): no route updates or deletes it, and neither may
  // anything going through the Document Service.
  strapi.documents.use(async (context, next) => {
    if (context.uid === EVENT && WRITE_ACTIONS.has(context.action)) {
      throw new errors.ForbiddenError('complaint-event is append-only: events cannot be changed or deleted');
    }
    // A complaint is a record (ISO 10002): deleting one would also orphan its audit trail.
    if (context.uid === COMPLAINT && context.action === 'delete') throw new errors.ForbiddenError(COMPLAINT_NOT_DELETABLE);
    return next();
  });
};

/** The query engine under the Document Service: refuses deleting complaints there too (called from bootstrap). */
export function refuseComplaintDeletes(strapi: Core.Strapi): void {
  const refuse = () => {
    throw new errors.ForbiddenError(COMPLAINT_NOT_DELETABLE);
  };
  strapi.db.lifecycles.subscribe({ models: [COMPLAINT], beforeDelete: refuse, beforeDeleteMany: refuse } as any);
}
