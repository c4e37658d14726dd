/** Plugin configuration (config/plugins.ts → 'complaint-desk'.config). */
export interface ComplaintDeskConfig {
  /** Seed demo data on the first start of an empty, non-production database. */
  demoSeedOnStart: boolean;
}

export default {
  default: { demoSeedOnStart: true } satisfies ComplaintDeskConfig,
  validator(config: ComplaintDeskConfig) {
    if (typeof config.demoSeedOnStart !== 'boolean') throw new Error('complaint-desk: demoSeedOnStart must be a boolean');
  },
};
