/**
 * Routes are declared data, split by audience (STYLE). Every route names its policy; console
 * routes set `auth: false` because the `is-staff` policy authenticates the JWT and applies the
 * role matrix itself (docs/PERMISSIONS.md).
 */
import { pluginId } from '../pluginId';

const staff = (roles?: readonly string[]) => ({
  auth: false as const,
  policies: [{ name: `plugin::${pluginId}.is-staff`, config: roles ? { roles } : {} }],
});

export default {
  'content-api': {
    type: 'content-api' as const,
    routes: [
      {
        method: 'GET',
        path: '/users/me',
        handler: 'users.me',
        config: staff(),
      },
    ],
  },
};
