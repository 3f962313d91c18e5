import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the staff dashboard into dist/dashboard, which central serves at /.
// In development, `vite` proxies the API and socket.io to a running central.
const central = `http://127.0.0.1:${process.env['MOTCUA_CENTRAL_PORT'] ?? '7400'}`;

export default defineConfig({
  root: 'dashboard',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/dashboard',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': central,
      '/socket.io': { target: central, ws: true },
    },
  },
});
