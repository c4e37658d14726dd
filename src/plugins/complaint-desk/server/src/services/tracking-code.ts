/**
 * Tracking codes and PINs for complaints: the rules live in domain/; this service adds the
 * database's guarantee. Uniqueness is enforced by the unique index on the complaint's tracking
 * code; a collision (p ≈ n / 31^11) is retried with a fresh code.
 */
import type { Core } from '@strapi/strapi';
import { generateTrackingCode } from '../domain/tracking-code';
import { generatePin, hashPin } from '../domain/pin';
import { isUniqueViolation } from '../utils';

const MAX_ATTEMPTS = 5;

export const createTrackingCodeService = (_: { strapi: Core.Strapi }) => ({
  /** A fresh code and PIN; the PIN is returned once in clear and stored only as its hash. */
  async issue(): Promise<{ trackingCode: string; pin: string; pinHash: string }> {
    const pin = generatePin();
    return { trackingCode: generateTrackingCode(), pin, pinHash: await hashPin(pin) };
  },

  /**
   * Runs `insert` with a fresh code until it does not collide with an existing one.
   * `insert` must write the code under the unique index.
   */
  async withUniqueCode<T>(insert: (trackingCode: string) => Promise<T>, generate: () => string = generateTrackingCode): Promise<T> {
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return await insert(generate());
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        lastError = err;
      }
    }
    throw lastError;
  },
});

export type TrackingCodeService = ReturnType<typeof createTrackingCodeService>;
export default createTrackingCodeService;
