/**
 * Errors the console API answers with, in Strapi's error shape
 * `{data: null, error: {status, name, message, details}}` (SPEC §8 "Errors"). Thrown inside a
 * transaction they also roll it back, so nothing is left partly written.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    override readonly name: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors: Array<{ path: string; message: string }>) =>
  new HttpError(400, 'ValidationError', message, { errors: errors.map((e) => ({ path: e.path ? e.path.split('.') : [], message: e.message, name: 'ValidationError' })) });
export const notFound = (message = 'Not found') => new HttpError(404, 'NotFoundError', message);
export const forbidden = (message: string, details: Record<string, unknown> = {}) => new HttpError(403, 'ForbiddenError', message, details);
export const conflict = (message: string, details: Record<string, unknown>) => new HttpError(409, 'ConflictError', message, details);
export const methodNotAllowed = (message: string) => new HttpError(405, 'MethodNotAllowedError', message);
