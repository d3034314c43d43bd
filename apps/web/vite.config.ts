import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const apiOrigin = process.env.CDT_API_ORIGIN ?? 'http://localhost:3000';

// The API serves the built app from the same origin; in dev and preview Vite forwards API and socket traffic.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiOrigin, changeOrigin: true },
  '/socket.io': { target: apiOrigin, changeOrigin: true, ws: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The domain package ships CommonJS in dist; the browser bundle uses its TypeScript source.
    alias: { '@cdt/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys on slow phones.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-transition-group)/,
            },
            // Charts only for those who open a dashboard: never in the chunk every page loads.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
