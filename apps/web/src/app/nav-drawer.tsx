import { Drawer } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The navigation on a phone: a drawer from the side, opened by the header's menu button. A chunk of
 * its own, loaded on the first tap, so that the first page carries no drawer.
 */
export default function NavDrawer({
  open,
  onClose,
  children,
}: {
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // A followed link closes the drawer: the page it opens is what the person wanted to see.
  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as Element).closest('a')) onClose();
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="left"
      size={300}
      title={t('layout.menuTitle')}
      className="nav-drawer"
      rootClassName="nav-drawer-root"
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the links inside are the controls; this only closes the drawer after one is followed */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a link followed by keyboard fires click too */}
      <div className="nav-drawer-body" onClick={closeOnLink}>
        {children}
      </div>
    </Drawer>
  );
}
