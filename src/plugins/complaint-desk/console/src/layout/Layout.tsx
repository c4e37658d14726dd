import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, UserMenu, useGetIdentity } from 'react-admin';
import { Menu } from './Menu';

/**
 * The user menu's button shows the user's name: its accessible name is that name too (react-admin
 * labels it "Profile", which a speech-input user cannot say to reach it).
 */
const NamedUserMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />;
};

const ConsoleAppBar = () => <AppBar userMenu={<NamedUserMenu />} />;

export const Layout = ({ children }: { children: ReactNode }) => (
  // react-admin's layout grows to fit its widest content (the page then scrolls sideways); here the
  // content keeps the window's width and a wide table scrolls inside its own box.
  <RaLayout menu={Menu} appBar={ConsoleAppBar} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
    {children}
  </RaLayout>
);
