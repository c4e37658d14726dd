/**
 * Headers strapi::security (helmet) does not set:
 * - `Permissions-Policy`: neither the console nor the admin panel uses the camera, the microphone,
 *   the location, payments or USB, so no page of this origin may ask for them;
 * - `Cache-Control: no-store` on every API answer: they carry personal data (customers, complaints,
 *   staff) and no shared or browser cache may keep them. The console's files set their own caching.
 */
import type { Core } from '@strapi/strapi';

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    try {
      await next();
    } finally {
      ctx.set('Permissions-Policy', PERMISSIONS_POLICY);
      if (ctx.path === '/api' || ctx.path.startsWith('/api/')) ctx.set('Cache-Control', 'no-store');
      ctx.remove('X-Powered-By');
    }
  };
};
