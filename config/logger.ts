import { winston, formats } from '@strapi/logger';
import { maskSecretsInText } from '../src/plugins/complaint-desk/server/src/domain/privacy';

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'http');

/**
 * No log line shows a secret (a complaint's PIN): an error's message can carry a failed statement
 * with its values, and those can hold an outbox payload with the PIN.
 */
export const maskSecretsFormat = winston.format((info) => {
  // An Error's message and stack are not enumerable.
  for (const key of new Set([...Object.keys(info), 'message', 'stack'])) {
    const value = (info as Record<string, unknown>)[key];
    if (typeof value === 'string') (info as Record<string, unknown>)[key] = maskSecretsInText(value);
  }
  return info;
});

export default {
  transports: [new winston.transports.Console({ level, format: winston.format.combine(maskSecretsFormat(), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })) })],
};
