import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` because the agent serves the built page from its own origin
// and path; nothing may assume the site root.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
