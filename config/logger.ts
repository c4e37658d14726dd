import { winston, formats } from '@strapi/logger';

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'http');

// The complaint-desk plugin puts its secret mask (a complaint's PIN) in front of this format.
export default {
  transports: [new winston.transports.Console({ level, format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }) })],
};
