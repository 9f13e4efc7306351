import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The headers a host should send with Rapport (README, "Hosting Rapport"); `npm start`'s
 * server sends them. The CSP repeats index.html's meta policy and adds what a meta tag cannot
 * carry: frame-ancestors (no other site may frame Rapport).
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself (src/app/pwa-update.tsx), so no inline script is injected.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Rapport — residency networking',
        short_name: 'Rapport',
        description: 'A private, offline networking notebook for residency applicants.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f8fa',
        theme_color: '#1d4f91',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The sync server under /couchdb is never the app.
        navigateFallbackDenylist: [/^\/couchdb(\/|$)/],
        cleanupOutdatedCaches: true,
        // The first worker takes the tab that installed it, so the first visit already works offline
        // (its lazy screens come from the precache) without a reload. Updates still wait for the user.
        clientsClaim: true,
      },
    }),
  ],
  // Module workers (the blueprint worker) may share chunks with the app.
  worker: { format: 'es' },
  // PouchDB (sync) imports Node's "events": the browser gets the npm package of the same API.
  resolve: { alias: { events: 'events/events.js' } },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    restoreMocks: true,
    testTimeout: 20000,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
    // Sync: the CouchDB server under /couchdb on Rapport's own origin, so the CSP's connect-src 'self'
    // covers it (README, "Sync"). RAPPORT_SYNC_SERVER says where it runs; `npm run sync-server` by default.
    proxy: {
      '/couchdb': {
        target: process.env.RAPPORT_SYNC_SERVER ?? 'http://127.0.0.1:5984',
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/couchdb/, '') || '/',
      },
    },
  },
});
