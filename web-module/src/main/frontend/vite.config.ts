import { fileURLToPath, URL } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));
// The Maven build packs this directory into the WAR root (web-module/pom.xml).
const outDir = fileURLToPath(new URL('../../../target/frontend', import.meta.url));
// `npm run dev` proxies the API to a running local stack (./mvnw -Prun serves on 8180).
const apiTarget = process.env.MARKETPLACE_API ?? 'http://127.0.0.1:8180';

export default defineConfig({
  plugins: [
    // The route tree is generated from src/app/routes; Vitest does not need it regenerated.
    ...(process.env.VITEST
      ? []
      : [
          tanstackRouter({
            target: 'react',
            routesDirectory: './src/app/routes',
            generatedRouteTree: './src/app/routeTree.gen.ts',
            autoCodeSplitting: true,
            quoteStyle: 'single',
            semicolons: true,
          }),
        ]),
    react(),
  ],
  resolve: {
    alias: { '@': src },
  },
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    assetsInlineLimit: 2048,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    css: false,
  },
});
