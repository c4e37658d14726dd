import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => (
  // react-admin's layout grows to fit its widest content (the page then scrolls sideways); here the
  // content keeps the window's width and a wide table scrolls inside its own box.
  <RaLayout menu={Menu} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
    {children}
  </RaLayout>
);
