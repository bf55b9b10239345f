import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.SHOPOPS_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/healthz': { target: api, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // graphiql's packages carry React Compiler "use no memo" directives; dropping them is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
});
