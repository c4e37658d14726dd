import type { Core } from '@strapi/strapi';
import { secret } from './secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'complaint-desk': {
    enabled: true,
    resolve: './src/plugins/complaint-desk',
    config: {
      demoSeedOnStart: env.bool('DEMO_SEED_ON_START', true),
      approvalThreshold: env.float('APPROVAL_THRESHOLD', 100),
      satisfactionThreshold: env.int('SATISFACTION_THRESHOLD', 3),
      defaultRecourseText: env('DEFAULT_RECOURSE_TEXT', null),
      slaSweepIntervalMs: env.int('SLA_SWEEP_INTERVAL_MS', 60000),
      slaSweepLanes: env.int('SLA_SWEEP_LANES', 2),
      listPreparedStatements: env.bool('LIST_PREPARED_STATEMENTS', true),
      authCacheTtlMs: env.int('AUTH_CACHE_TTL_MS', 5000),
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'legacy-support',
      jwtSecret: secret('JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '12h') },
    },
  },
  i18n: {
    config: {
      defaultLocale: 'en',
    },
  },
});

export default config;
