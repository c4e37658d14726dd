/**
 * Routes are declared data, split by audience (STYLE). The console API (issue #3) and the portal
 * API (a later issue) are added here; every route names its policies.
 */
export default {
  'content-api': {
    type: 'content-api' as const,
    routes: [],
  },
};
