import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { afterAdminBootstrap } from './after-admin';
import { maskLogger } from './logging';
import { placeMiddlewares, STRAPI_DEFAULT_MIDDLEWARES, type MiddlewareEntry, type Placement } from './middlewares/placement';
import { pluginId, uid } from './pluginId';
import { startBanner } from './start-banner';
import { getService } from './utils';

const EVENT = uid('complaint-event');
const COMPLAINT = uid('complaint');
const WRITE_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export const COMPLAINT_NOT_DELETABLE = 'a complaint is a record: it cannot be deleted';

export const USER = 'plugin::users-permissions.user';
/** When the user's password last changed: tokens issued before then are refused (services/staff-auth.ts). */
export const PASSWORD_CHANGED_AT = 'passwordChangedAt';

/** The plugin's global middlewares and their places (middlewares/placement.ts says why there). */
export const GLOBAL_MIDDLEWARES: readonly Placement[] = [
  { name: `plugin::${pluginId}.security-headers`, anchor: 'strapi::cors', where: 'after' },
  { name: `plugin::${pluginId}.auth-guard`, anchor: 'strapi::body', where: 'after' },
  { name: `plugin::${pluginId}.console`, anchor: 'strapi::public', where: 'before' },
  // The SMS webhook's signature covers its raw bytes: kept before the body is parsed (middlewares/sms-raw-body.ts).
  { name: `plugin::${pluginId}.sms-raw-body`, anchor: 'strapi::body', where: 'before' },
];

/**
 * After the admin's bootstrap (after-admin.ts): the admin-panel editor role, no admin role keeping a
 * permission on the console's records, sign-up closed (users-permissions has stored its defaults by
 * then), the demo data when the setting asks for it, and the start banner.
 */
async function afterAdmin(strapi: Core.Strapi): Promise<void> {
  const setup = getService(strapi, 'setup');
  await setup.ensureAdminEditorRole();
  await setup.restrictAdminPanel();
  await setup.closeSignUp();
  await getService(strapi, 'demo-seed').seedOnStart();
  strapi.server.httpServer.once('listening', () => void startBanner(strapi).catch(() => undefined));
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  maskLogger(strapi.log as unknown as Parameters<typeof maskLogger>[0]);
  // Strapi reads the middleware list when it bootstraps, after every register().
  const configured = strapi.config.get('middlewares') as MiddlewareEntry[] | undefined;
  strapi.config.set('middlewares', placeMiddlewares(configured ?? STRAPI_DEFAULT_MIDDLEWARES, GLOBAL_MIDDLEWARES));
  if (!afterAdminBootstrap(strapi, () => afterAdmin(strapi))) {
    throw new Error(`${pluginId}: Strapi has no admin module to bootstrap after`);
  }

  strapi.get('content-types').extend(USER, (contentType: any) => {
    Object.assign(contentType.attributes, {
      [PASSWORD_CHANGED_AT]: { type: 'datetime', private: true, writable: false, configurable: false, visible: false },
    });
    // Staff have a display name (full name) besides their login: pickers, lists and the timeline show
    // it. Added here, before the database schema is synced, so the host app needs no extension folder.
    contentType.attributes.fullName ??= { type: 'string', maxLength: 120 };
  });

  // The audit trail is append-only: no route updates or deletes it, and neither may
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
