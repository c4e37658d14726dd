import createCache from '@emotion/cache';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';

/** Left-to-right and right-to-left themes; Persian switches the whole layout (SPEC §6). */
export const ltrTheme: RaThemeOptions = { ...defaultTheme, direction: 'ltr' };
export const rtlTheme: RaThemeOptions = {
  ...defaultTheme,
  direction: 'rtl',
  typography: { ...defaultTheme.typography, fontFamily: 'Vazirmatn, Tahoma, "Segoe UI", Arial, sans-serif' },
};

/** Emotion caches: the RTL one flips every style (margins, paddings, positions) with stylis-plugin-rtl. */
export const ltrCache = createCache({ key: 'mui' });
export const rtlCache = createCache({ key: 'muirtl', stylisPlugins: [prefixer, rtlPlugin] });
