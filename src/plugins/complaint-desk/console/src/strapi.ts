/** Error body returned by Strapi 5: `{ data: null, error: { status, name, message, details } }`. */
export interface StrapiErrorBody {
  data?: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: unknown;
  };
}

export const isStrapiErrorBody = (body: unknown): body is StrapiErrorBody => {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body as { error: unknown };
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
};

/** Extracts a human readable message from a (possibly) Strapi error body. */
export const strapiErrorMessage = (body: unknown, fallback: string): string => {
  if (isStrapiErrorBody(body) && body.error.message) return body.error.message;
  if (typeof body === 'object' && body !== null) {
    const message = (body as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message;
  }
  return fallback;
};

interface FieldIssue {
  path?: unknown;
  message?: unknown;
}

/**
 * The message to show the user: the API's message, plus the field paths of a 400 and the
 * allowed actions of a 409, so a toast says what to fix.
 */
export const apiErrorMessage = (body: unknown, fallback: string): string => {
  const message = strapiErrorMessage(body, fallback);
  if (!isStrapiErrorBody(body)) return message;
  const details = (body.error.details ?? {}) as { errors?: FieldIssue[]; allowedActions?: unknown };
  const parts: string[] = [];
  if (Array.isArray(details.errors)) {
    for (const issue of details.errors.slice(0, 5)) {
      const path = Array.isArray(issue.path) ? issue.path.join('.') : typeof issue.path === 'string' ? issue.path : '';
      const text = typeof issue.message === 'string' ? issue.message : '';
      if (path || text) parts.push(path ? `${path}: ${text}` : text);
    }
  }
  if (Array.isArray(details.allowedActions)) {
    parts.push(`allowed: ${details.allowedActions.length ? details.allowedActions.join(', ') : '—'}`);
  }
  const extra = parts.filter((part) => !message.includes(part));
  return extra.length ? `${message} (${extra.join('; ')})` : message;
};
