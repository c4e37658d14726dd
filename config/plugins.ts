import type { Core } from '@strapi/strapi';
import { secret } from './secrets';

/** The SMTP relay shared by the outbox worker and Strapi's email plugin (docs/DEPLOYMENT.md "Delivery"). */
const smtp = (env: Core.Config.Shared.ConfigParams['env']) => ({
  host: env('SMTP_HOST', null) as string | null,
  port: env.int('SMTP_PORT', env.bool('SMTP_SECURE', false) ? 465 : 587),
  secure: env.bool('SMTP_SECURE', false),
  user: env('SMTP_USER', null) as string | null,
  pass: env('SMTP_PASS', null) as string | null,
});

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
      capaSweepIntervalMs: env.int('CAPA_SWEEP_INTERVAL_MS', 600000),
      listPreparedStatements: env.bool('LIST_PREPARED_STATEMENTS', true),
      authCacheTtlMs: env.int('AUTH_CACHE_TTL_MS', 5000),
      login: {
        maxFailures: env.int('LOGIN_MAX_FAILURES', 5),
        lockSec: env.int('LOGIN_LOCK_SECONDS', 30),
        ipMaxFailures: env.int('LOGIN_IP_MAX_FAILURES', 30),
      },
      delivery: {
        mode: env('DELIVERY', '') || 'auto',
        smtp: smtp(env),
        mailFrom: env('MAIL_FROM', 'Complaint Desk <complaints@localhost>'),
        sms: { url: env('SMS_GATEWAY_URL', null), token: env('SMS_GATEWAY_TOKEN', null) },
        portalUrl: env('PORTAL_URL', `${env('PUBLIC_URL', 'http://localhost:1337')}/portal`),
        dropDir: env('DELIVERY_DROP_DIR', '.tmp/outbox'),
        pollMs: env.int('DELIVERY_POLL_MS', 1000),
        leaseMs: env.int('DELIVERY_LEASE_MS', 60000),
        batchSize: env.int('DELIVERY_BATCH_SIZE', 50),
        concurrency: env.int('DELIVERY_CONCURRENCY', 8),
        maxAttempts: env.int('DELIVERY_MAX_ATTEMPTS', 8),
        backoffBaseMs: env.int('DELIVERY_BACKOFF_BASE_MS', 30000),
        backoffMaxMs: env.int('DELIVERY_BACKOFF_MAX_MS', 3600000),
        encryptionKey: secret('ENCRYPTION_KEY'),
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
  // Strapi's own mails (password reset) leave through the same relay; without one, the provider's
  // stream transport keeps them in memory (docs/DEPLOYMENT.md "Delivery").
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: env('SMTP_HOST', null)
        ? {
            host: env('SMTP_HOST'),
            port: smtp(env).port,
            secure: smtp(env).secure,
            ...(env('SMTP_USER', null) ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASS', '') } } : {}),
          }
        : { streamTransport: true, buffer: true },
      settings: {
        defaultFrom: env('MAIL_FROM', 'Complaint Desk <complaints@localhost>'),
        defaultReplyTo: env('MAIL_FROM', 'Complaint Desk <complaints@localhost>'),
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
