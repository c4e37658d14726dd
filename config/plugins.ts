import type { Core } from '@strapi/strapi';
import { secret } from './secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'complaint-desk': {
    enabled: true,
    resolve: './src/plugins/complaint-desk',
    config: {
      demoSeedOnStart: env.bool('DEMO_SEED_ON_START', true),
      consolePath: env('CONSOLE_PATH', '/console'),
      approvalThreshold: env.float('APPROVAL_THRESHOLD', 100),
      satisfactionThreshold: env.int('SATISFACTION_THRESHOLD', 3),
      defaultRecourseText: env('DEFAULT_RECOURSE_TEXT', null),
      slaSweepIntervalMs: env.int('SLA_SWEEP_INTERVAL_MS', 60000),
      slaSweepLanes: env.int('SLA_SWEEP_LANES', 2),
      listPreparedStatements: env.bool('LIST_PREPARED_STATEMENTS', true),
      authCacheTtlMs: env.int('AUTH_CACHE_TTL_MS', 5000),
      login: {
        maxFailures: env.int('LOGIN_MAX_FAILURES', 5),
        lockSec: env.int('LOGIN_LOCK_SECONDS', 30),
        ipMaxFailures: env.int('LOGIN_IP_MAX_FAILURES', 30),
      },
      // Inbound email and SMS (docs/DEPLOYMENT.md "Inbound email and SMS"); the listener is off unless SMTP_INTAKE_PORT is set.
      inbound: {
        smtpPort: env('SMTP_INTAKE_PORT', '') === '' ? null : env.int('SMTP_INTAKE_PORT'),
        smtpHost: env('SMTP_INTAKE_HOST', '0.0.0.0'),
        addresses: env('INTAKE_ADDRESSES', ''),
        defaultLanguage: env('INTAKE_LANGUAGE', 'en'),
        maxMessageBytes: env.int('INTAKE_MAX_MESSAGE_BYTES', 25 * 1024 * 1024),
        attachmentTypes: env('INTAKE_ATTACHMENT_TYPES', 'image/*,application/pdf,text/plain'),
        attachmentMaxBytes: env.int('INTAKE_ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024),
        attachmentMaxCount: env.int('INTAKE_ATTACHMENT_MAX_COUNT', 10),
      },
      sms: {
        secret: env('SMS_WEBHOOK_SECRET', null),
        ratePerMinute: env.int('SMS_WEBHOOK_RATE_PER_MINUTE', 120),
        defaultLanguage: env('INTAKE_LANGUAGE', 'en'),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'legacy-support',
      jwtSecret: secret('JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '12h') },
      // Its per-process, per-IP limit is replaced by the complaint-desk auth-guard: per account and
      // per IP, in a store all server processes share (docs/ARCHITECTURE.md "Login limits").
      ratelimit: { enabled: false },
    },
  },
  i18n: {
    config: {
      defaultLocale: 'en',
    },
  },
});

export default config;
