import { QueryClient } from '@tanstack/react-query';

/**
 * react-admin's query cache, made here rather than inside `<Admin>` (same defaults) so that the
 * login-time prefetch (landing.ts) can put the landing page's data in it before the page mounts.
 */
export const queryClient = new QueryClient();
