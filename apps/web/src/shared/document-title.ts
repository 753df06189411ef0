import { useEffect } from 'react';

/** The browser tab's title: the page's, then the platform's name. (No Ant Design here: the home page uses it.) */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Innobridge` : 'Innobridge';
  }, [title]);
}
