import type { Core } from '@strapi/strapi';
import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import config, { type ComplaintDeskConfig } from './config';
import contentTypes from './content-types';
import services from './services';
import controllers from './controllers';
import routes from './routes';
import policies from './policies';
import middlewares from './middlewares';

type Lifecycle = (ctx: { strapi: Core.Strapi }) => unknown;

/**
 * The plugin's server, as Strapi loads it. Typed by the role of each part rather than by its
 * inferred shape, so that the published declarations do not depend on the services' internals.
 */
export interface ComplaintDeskServer {
  register: Lifecycle;
  bootstrap: Lifecycle;
  destroy: Lifecycle;
  config: { default: ComplaintDeskConfig; validator: (config: ComplaintDeskConfig) => void };
  contentTypes: Record<string, unknown>;
  services: Record<string, unknown>;
  controllers: Record<string, unknown>;
  routes: unknown;
  policies: Record<string, unknown>;
  middlewares: Record<string, unknown>;
}

export type { ComplaintDeskConfig };

const server: ComplaintDeskServer = {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  services,
  controllers,
  routes,
  policies,
  middlewares,
};

export default server;
