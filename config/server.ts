import type { Core } from '@strapi/strapi';
import { secret } from './secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // Behind N proxies (load balancers) that each append the client's address to X-Forwarded-For,
  // the client is the N-th address from the right; anything further left is what the client
  // claims. 0: no proxy, the TCP peer is the client and X-Forwarded-For is ignored.
  const hops = Math.max(0, env.int('PROXY_HOPS', 0));
  return {
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: {
      keys: secret('APP_KEYS').split(','),
    },
    proxy: { koa: hops > 0, maxIpsCount: hops },
    webhooks: {
      populateRelations: false,
    },
  };
};

export default config;
