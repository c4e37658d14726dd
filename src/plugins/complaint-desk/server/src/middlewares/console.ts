/**
 * Serves the react-admin console's build (the plugin's dist/console) at the plugin setting
 * `consolePath` (default `/console`), with the SPA fallback to index.html, so the console and the
 * API share one origin (SPEC §8). The site's root leads there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { pluginId } from '../pluginId';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Longest path below the console's prefix worth looking up: the build's own names are far shorter. */
export const MAX_CONSOLE_PATH = 255;

/** The plugin's folder, as Strapi resolved it (config/plugins `resolve`, or the installed package). */
export function pluginDir(strapi: Core.Strapi): string {
  const enabled = strapi.config.get('enabledPlugins') as Record<string, { pathToPlugin?: string }> | undefined;
  const dir = enabled?.[pluginId]?.pathToPlugin;
  if (!dir) throw new Error(`${pluginId}: Strapi did not record the plugin's folder`);
  return dir;
}

/**
 * The app shell with a `<base>` naming the console's prefix: the build refers to its assets
 * relatively, so one build serves any `consolePath`, and the SPA fallback below a nested path still
 * finds them.
 */
export function shellWithBase(html: string, prefix: string): string {
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}<base href="${prefix}/">`);
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = path.join(pluginDir(strapi), 'dist', 'console');
  const prefix = String(strapi.config.get(`plugin::${pluginId}.consolePath`, '/console'));

  /** A request for a name that cannot exist: one log line, no stack (it is the client's mistake). */
  const refuse = (ctx: any, status: 400 | 404, why: string) => {
    strapi.log.warn(`console: ${status} for ${ctx.method} ${JSON.stringify(ctx.path.slice(0, 120))} (${why})`);
    ctx.status = status;
    ctx.type = 'text/plain';
    ctx.body = status === 400 ? 'Bad Request' : 'Not Found';
  };

  return async (ctx: any, next: () => Promise<void>) => {
    // The site's root is the console: staff type the host name, not the console's path (Strapi's
    // own admin panel stays at /admin).
    if (ctx.path === '/' && (ctx.method === 'GET' || ctx.method === 'HEAD')) return ctx.redirect(`${prefix}/`);
    if (ctx.path !== prefix && !ctx.path.startsWith(`${prefix}/`)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === prefix) return ctx.redirect(`${prefix}/`);

    // koa's ctx.path is still percent-encoded; a malformed escape, a NUL byte or an over-long name
    // would make decodeURIComponent or the file system throw.
    const raw = ctx.path.slice(prefix.length + 1);
    if (raw.length > MAX_CONSOLE_PATH) return refuse(ctx, 404, 'name too long');
    let rel: string;
    try {
      rel = decodeURIComponent(raw);
    } catch {
      return refuse(ctx, 400, 'malformed percent-encoding');
    }
    if (rel.includes('\0')) return refuse(ctx, 400, 'NUL byte');
    let file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return refuse(ctx, 404, 'outside the console');
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file, { throwIfNoEntry: false });
    } catch {
      // ENAMETOOLONG for one over-long segment, ENOTDIR below a file…: nothing to serve.
      stat = undefined;
    }
    if (!stat?.isFile() || path.basename(file) === 'index.html') {
      // Client-side routes fall back to the app shell; missing assets stay 404.
      if (!stat?.isFile() && path.extname(rel)) return refuse(ctx, 404, 'no such file');
      file = path.join(root, 'index.html');
      let html: string;
      try {
        html = fs.readFileSync(file, 'utf8');
      } catch {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'The console is not built yet: run `npm run build` in the complaint-desk plugin.';
        return;
      }
      const shell = shellWithBase(html, prefix);
      ctx.type = TYPES['.html'];
      ctx.length = Buffer.byteLength(shell);
      // The shell must be re-read to pick up a new build.
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = ctx.method === 'HEAD' ? null : shell;
      return;
    }
    ctx.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    ctx.length = stat.size;
    // Hashed assets never change.
    ctx.set('Cache-Control', rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.body = ctx.method === 'HEAD' ? null : fs.createReadStream(file);
  };
};
