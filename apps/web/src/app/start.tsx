import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareInitialLocale } from './locale.js';
import { createQueryClient, Providers } from './providers.js';
import { createAppRouter } from './router.js';
import './styles.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

function render() {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

// The active language's Ant Design texts arrive before the first paint, so nothing flashes in English.
prepareInitialLocale().finally(render);
