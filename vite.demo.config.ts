/**
 * `npm start`: the demo pages (demo/) with the built package under /dist/ (the CDN script the
 * pages load, exactly what a news site pastes). `npm start` runs `node scripts/build.mjs` first;
 * rebuild (`npm run build`) to see a change in src/. Vite prints the URL it serves.
 */
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error — plain JS module shared with scripts/screenshots.mjs
import { demoMiddleware } from './scripts/demo-server.mjs';

const serveDist: Plugin = {
  name: 'gov-rank-demo-dist',
  configureServer(server) {
    // Runs before Vite's own middlewares: /dist/… is the built package, served as is.
    server.middlewares.use((req, res, next) => {
      if (req.url && (req.url === '/dist' || req.url.startsWith('/dist/'))) return demoMiddleware(req, res, next);
      next();
    });
  },
};

export default defineConfig({
  root: 'demo',
  publicDir: false,
  appType: 'mpa',
  clearScreen: false,
  optimizeDeps: { noDiscovery: true, include: [] },
  plugins: [serveDist],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
