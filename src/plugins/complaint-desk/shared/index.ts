/**
 * The contract the server and the console share: states, actions, roles, the permission matrix,
 * queue names, value lists and answer shapes. Plain TypeScript with no imports from outside this
 * folder, so the server (CommonJS, Node) and the console (Vite, browser) compile the same files.
 */
export * from './api';
export * from './capa';
export * from './digits';
export * from './enums';
export * from './lifecycle';
export * from './permissions';
export * from './queues';
export * from './reports';
export * from './roles';
export * from './sla';
