import type { Core } from '@strapi/strapi';
import { stopSlaSweeper } from './bootstrap';

export default (_: { strapi: Core.Strapi }) => {
  stopSlaSweeper();
};
