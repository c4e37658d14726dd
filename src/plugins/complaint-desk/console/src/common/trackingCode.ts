/**
 * How staff read a tracking code out to a customer: XXXX-XXXX-XXXX (the API stores the 12
 * symbols; the portal and the API accept it with or without dashes).
 */
export const formatTrackingCode = (code: unknown): string => {
  if (typeof code !== 'string') return '';
  return /^[0-9A-Z]{12}$/.test(code) ? code.replace(/(.{4})(?=.)/g, '$1-') : code;
};
