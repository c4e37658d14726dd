/**
 * Where the plugin's global middlewares go in the app's middleware list, so that an app installing
 * the plugin does not edit config/middlewares:
 * - `security-headers` right after `strapi::cors`: it wraps everything below, including
 *   `strapi::poweredBy` when the app keeps it, and sets its headers on every answer;
 * - `auth-guard` right after `strapi::body`: it reads the parsed login body (the identifier), and it
 *   must answer before the router hands `/api/auth/*` to users-permissions; its errors are
 *   formatted by `strapi::errors`, which stays above it;
 * - `console` right before `strapi::public`: the console's files and the `/` redirect are answered
 *   before Strapi's public folder is searched.
 * A name the app already lists keeps the app's place (and config). Pure: no Strapi import.
 */

/** One entry of a Strapi middleware list (config/middlewares): a name, or a name or path with config. */
export type MiddlewareEntry = string | { name?: string; resolve?: string; config?: unknown };

/** Strapi's own list when the app has no config/middlewares. */
export const STRAPI_DEFAULT_MIDDLEWARES: readonly string[] = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::session',
  'strapi::query',
  'strapi::body',
  'strapi::favicon',
  'strapi::public',
];

export interface Placement {
  /** The plugin middleware's global name, e.g. `plugin::complaint-desk.auth-guard`. */
  name: string;
  /** The Strapi middleware it is placed next to. */
  anchor: string;
  where: 'after' | 'before';
}

export const entryName = (entry: MiddlewareEntry): string | undefined => (typeof entry === 'string' ? entry : entry.name);

/** The list with every placement applied once; entries the app already lists are left where they are. */
export function placeMiddlewares(list: readonly MiddlewareEntry[], placements: readonly Placement[]): MiddlewareEntry[] {
  const out = [...list];
  for (const p of placements) {
    if (out.some((e) => entryName(e) === p.name)) continue;
    const at = out.findIndex((e) => entryName(e) === p.anchor);
    // The anchors are middlewares Strapi requires; an app without one fails Strapi's own check anyway.
    if (at === -1) throw new Error(`complaint-desk: the middleware list has no ${p.anchor} to place ${p.name} ${p.where}`);
    out.splice(p.where === 'after' ? at + 1 : at, 0, p.name);
  }
  return out;
}
