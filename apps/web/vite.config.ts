import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { antdAccessibleNames } from './scripts/antd-accessible-names.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [antdAccessibleNames(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design's core is one large chunk by nature; the pages themselves are split by route.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
