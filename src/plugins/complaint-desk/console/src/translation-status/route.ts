/** The console path of the translation overview (a custom route beside the resources). */
export const TRANSLATION_STATUS_PATH = '/translation-status';
