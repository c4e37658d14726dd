/** The single source of the plugin's id (STYLE: "A single source for the plugin id"). */
export const pluginId = 'complaint-desk' as const;

export const uid = <T extends string>(name: T) => `plugin::${pluginId}.${name}` as const;
