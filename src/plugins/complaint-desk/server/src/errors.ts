/**
 * The console API's errors, as Strapi's own error classes: `strapi::errors` answers them in
 * Strapi's shape `{data: null, error: {status, name, message, details}}` (SPEC §8 "Errors"). Thrown
 * inside a transaction they also roll it back, so nothing is left partly written. Strapi has no
 * class for 405 and 409, and none for a 403 that keeps its reason; those are `http-errors`
 * instances, which Strapi's `errors.HttpError` names and the same middleware formats.
 */
import createHttpError from 'http-errors';
import { errors } from '@strapi/utils';

type Issue = { path: string; message: string };

const withDetails = (error: InstanceType<typeof errors.HttpError>, details: Record<string, unknown>) =>
  Object.assign(error, { details });

export const validationDetails = (issues: Issue[]) => ({
  errors: issues.map((e) => ({ path: e.path ? e.path.split('.') : [], message: e.message, name: 'ValidationError' })),
});

export const badRequest = (message: string, issues: Issue[]) => new errors.ValidationError(message, validationDetails(issues));
export const notFound = (message = 'Not found') => new errors.NotFoundError(message);
/**
 * A 403 with its reason and details. Not `errors.ForbiddenError`: Strapi's route wrapper turns that
 * class into a bare "Forbidden" (it is meant for authentication), and the client needs to know why.
 */
export const forbidden = (message: string, details: Record<string, unknown> = {}) => withDetails(createHttpError(403, message), details);
export const conflict = (message: string, details: Record<string, unknown>) => withDetails(createHttpError(409, message), details);
export const methodNotAllowed = (message: string) => withDetails(createHttpError(405, message), {});

/** Whether an error is one the API answers as the client's mistake (never logged as a server fault). */
export const isApiError = (error: unknown): error is Error =>
  error instanceof errors.ApplicationError || error instanceof errors.HttpError;
