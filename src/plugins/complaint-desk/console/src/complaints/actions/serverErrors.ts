import { HttpError } from 'react-admin';
import { isStrapiErrorBody } from '../../strapi';

/**
 * The field errors of a 400 (`details.errors[].path`, e.g. `external.amount`) as react-admin form
 * submission errors, so each message shows under its input. Empty when there are none.
 */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
  if (!(error instanceof HttpError) || error.status !== 400 || !isStrapiErrorBody(error.body)) return {};
  const details = (error.body.error.details ?? {}) as { errors?: Array<{ path?: unknown; message?: unknown }> };
  const errors: Record<string, string> = {};
  for (const issue of details.errors ?? []) {
    const path = Array.isArray(issue.path) ? issue.path.join('.') : typeof issue.path === 'string' ? issue.path : '';
    if (path && typeof issue.message === 'string' && !errors[path]) errors[path] = issue.message;
  }
  return errors;
};

/** Drops empty optional values ('' or null) so the API's strict schemas see only what was given. */
export const compact = <T extends Record<string, unknown>>(values: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== '' && value !== null && value !== undefined)
  ) as Partial<T>;
