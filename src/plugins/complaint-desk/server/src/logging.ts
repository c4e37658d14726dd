/**
 * No log line shows a secret (a complaint's PIN): an error's message can carry a failed statement
 * with its values, and those can hold an outbox payload with the PIN. The plugin puts this mask in
 * front of the app's logger format, so it applies whatever transports and formats the app configures.
 */
import { maskSecretsInText } from './domain/privacy';

type LogInfo = Record<string | symbol, unknown>;

/** A winston format (an object with `transform`), written without winston itself. */
export interface LogFormat {
  transform: (info: LogInfo, opts?: unknown) => LogInfo | boolean;
  options?: unknown;
}

/** Masks every string field of a log entry, including an Error's message and stack (not enumerable). */
export function maskLogInfo(info: LogInfo): LogInfo {
  for (const key of new Set([...Object.keys(info), 'message', 'stack'])) {
    const value = info[key];
    if (typeof value === 'string') info[key] = maskSecretsInText(value);
  }
  return info;
}

/** The mask, followed by `next` when given (the logger's own format). */
export function maskSecretsFormat(next?: LogFormat): LogFormat {
  return {
    transform: (info, opts) => {
      const masked = maskLogInfo(info);
      return next ? next.transform(masked, next.options ?? opts) : masked;
    },
  };
}

/** Puts the mask in front of a winston logger's format (strapi.log). */
export function maskLogger(logger: { format?: LogFormat }): void {
  logger.format = maskSecretsFormat(logger.format);
}
