import type { Core } from '@strapi/strapi';
import { secret } from './secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: secret('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: secret('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: secret('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: secret('ENCRYPTION_KEY'),
  },
  // `strapi develop` restarts on any change in the repository: ignore the console's source and build,
  // the tests and the SQLite files (RECIPE, "Strapi 5 facts that bite").
  watchIgnoreFiles: ['**/complaint-desk/console/**', '**/complaint-desk/dist/console/**', '**/tests/**', '**/database/*.db*', '**/.tmp/**', '**/docs/**', '**/scripts/**'],
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});

export default config;
