/**
 * Base URL of the Strapi server, without trailing slash.
 *
 * In production the console is served by the Strapi server itself under
 * /console, so API calls go to the same origin (empty base). During
 * development the Vite dev server proxies /api to http://127.0.0.1:1337;
 * set VITE_API_URL to talk to another server directly.
 */
export const API_URL: string = (import.meta.env.VITE_API_URL ?? '').replace(/\/+$/, '');

/** Root of the console REST API (consumed by ra-data-simple-rest). */
export const CONSOLE_API_URL = `${API_URL}/api/complaint-desk`;
