import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './document-title.js';

export { useDocumentTitle };

type PageProps = {
  /** The page's one `<h1>`. */
  title: ReactNode;
  /** The browser tab's title, when `title` is not plain text. */
  documentTitle?: string;
  actions?: ReactNode;
  width?: 'narrow' | 'normal' | 'wide';
  children?: ReactNode;
};

export function Page({ title, documentTitle, actions, width = 'normal', children }: PageProps) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <div className={`page page-${width}`}>
      <div className="page-heading">
        <Typography.Title level={1}>{title}</Typography.Title>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

/** A card whose title is a real heading, so the page outline stays meaningful. */
export function Section({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="section">
      <div className="section-heading">
        <Typography.Title level={2}>{title}</Typography.Title>
        {extra}
      </div>
      {children}
    </section>
  );
}
