/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Strapi server; empty string means same origin. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
