/**
 * Route middleware of every console route (routes/index.ts), after the is-staff policy: refuses
 * with a 400 a request whose path, query or body holds a NUL character, or whose body nests deeper
 * than MAX_JSON_DEPTH (domain/input-limits.ts says why), before any of it reaches a validator or
 * the database.
 */
import { errors } from '@strapi/utils';
import { MAX_JSON_DEPTH, nestedDeeperThan, nulPath } from '../domain/input-limits';

export default () => async (ctx: any, next: () => Promise<void>) => {
  const issues: Array<{ path: string[]; message: string; name: string }> = [];
  const refuse = (path: string[], message: string) => issues.push({ path, message, name: 'ValidationError' });
  for (const [where, value] of [
    ['params', ctx.params],
    ['query', ctx.query],
  ] as const) {
    const nul = nulPath(value);
    if (nul) refuse([where, ...nul], 'must not contain NUL characters');
  }
  const body = ctx.request.body;
  if (body !== null && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (nestedDeeperThan(value, MAX_JSON_DEPTH - 1)) refuse([key], `is nested more than ${MAX_JSON_DEPTH} levels deep`);
      else {
        const nul = nulPath(value);
        if (nul || key.includes('\u0000')) refuse([key, ...(nul ?? [])], 'must not contain NUL characters');
      }
    }
  }
  if (issues.length) throw new errors.ValidationError('Invalid request', { errors: issues });
  await next();
};
