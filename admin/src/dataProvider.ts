import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import { getToken } from './authProvider';
import { CONSOLE_API_URL } from './config';
import { strapiErrorMessage } from './strapi';

/**
 * fetchJson + `Authorization: Bearer <jwt>`. Strapi puts the error message
 * in `body.error.message`; rethrow so react-admin notifications show it.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);

  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    if (error instanceof HttpError) {
      throw new HttpError(strapiErrorMessage(error.body, error.message), error.status, error.body);
    }
    throw error;
  }
};

export const dataProvider: DataProvider = simpleRestProvider(CONSOLE_API_URL, httpClient);

export type ComplaintDeskDataProvider = typeof dataProvider;

export default dataProvider;
