import type { LandingListParams } from '../prefetch';

/**
 * The complaint list's defaults: newest first, 25 a page, no filter. Shared by the list and the
 * login-time prefetch (landing.ts), which must ask exactly what the list will ask.
 */
export const COMPLAINT_LIST_DEFAULTS: LandingListParams = {
  sort: { field: 'receivedAt', order: 'DESC' },
  pagination: { page: 1, perPage: 25 },
  filter: {},
};
