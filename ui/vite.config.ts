import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// In a browser the UI calls /v1 on its own origin; Vite forwards it to `ozzie serve`
// (OZZIE_API_URL, default http://127.0.0.1:8080), so no CORS is needed. Tauri serves ui/dist
// from disk; relative asset paths keep it working there and in a browser.
const api = { '/v1': { target: process.env.OZZIE_API_URL ?? 'http://127.0.0.1:8080', changeOrigin: true } };

export default defineConfig({
  plugins: [svelte()],
  base: './',
  clearScreen: false,
  server: { port: 5173, strictPort: true, proxy: api },
  preview: { proxy: api },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
