import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';

/**
 * What a resource folder exports from its `index.ts` (react-admin `<Resource>` props). Its own
 * module, so that the folders and the registry that lists them (resources.ts) do not import each other.
 */
export type ResourceConfig = Pick<ResourceProps, 'list' | 'show' | 'edit' | 'create' | 'recordRepresentation'> & {
  icon?: ComponentType;
};
