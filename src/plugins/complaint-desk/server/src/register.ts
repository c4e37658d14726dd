import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uid } from './pluginId';

const EVENT = uid('complaint-event');
const WRITE_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Staff have a display name (full name) besides their login: pickers, lists and the timeline show
  // it. Added here, before the database schema is synced, so the host app needs no extension folder.
  const user = strapi.contentType('plugin::users-permissions.user') as any;
  user.attributes.fullName ??= { type: 'string', maxLength: 120 };

  // The audit trail is append-only (issue #3): no route updates or deletes it, and neither may
  // anything going through the Document Service.
  strapi.documents.use(async (context, next) => {
    if (context.uid === EVENT && WRITE_ACTIONS.has(context.action)) {
      throw new errors.ForbiddenError('complaint-event is append-only: events cannot be changed or deleted');
    }
    return next();
  });
};
