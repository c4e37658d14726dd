import type { TranslationMessages } from 'react-admin';

type Messages = Record<string, unknown>;

/**
 * One locale's messages: react-admin's own (`ra.*`), the shared `app.*`, and each resource's
 * `resources.<name>.*`, collected from `src/<resource>/i18n/<locale>.ts` (path → resource name).
 */
export function buildMessages(
  ra: Messages,
  app: Messages,
  resourceModules: Record<string, unknown>
): TranslationMessages {
  const resources: Messages = {};
  for (const [path, module] of Object.entries(resourceModules)) {
    const match = /\/([^/]+)\/i18n\/[^/]+\.ts$/.exec(path);
    if (!match) continue;
    resources[match[1]] = module;
  }
  return { ...ra, app, resources } as unknown as TranslationMessages;
}
