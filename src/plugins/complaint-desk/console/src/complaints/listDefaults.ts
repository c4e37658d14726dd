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

/**
 * The language of a complaint record's `categoryName` (the API names the category's `en` row): in
 * this language the list shows it as it comes; in the others it reads the categories in the
 * console's language (common/localizedReference.tsx).
 */
export const CATEGORY_NAME_LOCALE = 'en';
