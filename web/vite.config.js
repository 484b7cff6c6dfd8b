// Vite configuration of the entente dashboard.
// `npm run build` writes dist/, which `entente serve` serves at `/`; assets use relative
// paths so the page also works behind a reverse proxy under a sub-path.
// `npm run dev` proxies the JSON API (/v1) to a running `entente serve`, by default
// http://127.0.0.1:8080; set ENTENTE_API to point elsewhere.
import { defineConfig } from 'vite';

const api = process.env.ENTENTE_API || 'http://127.0.0.1:8080';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // the two big libraries in chunks of their own, cached across dashboard changes
        manualChunks(id) {
          if (id.includes('node_modules/cytoscape')) return 'cytoscape';
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      '/v1': { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/v1': { target: api, changeOrigin: true },
    },
  },
});
