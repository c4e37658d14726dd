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
