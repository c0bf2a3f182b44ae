import { defineConfig } from 'vite';

// Built into the bundle's classes (served under /web inside the jar). No inline scripts or
// styles: the console is served with a content security policy that allows only its own files.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../../target/classes/web',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
} as any);
