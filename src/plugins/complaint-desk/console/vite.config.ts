import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The contract the console shares with the server (states, actions, roles, the permission matrix,
// value lists, answer shapes): imported as `@contract`. console/tsconfig.json maps the same name.
const CONTRACT_DIR = decodeURIComponent(new URL('../shared', import.meta.url).pathname);

// Long-lived vendor chunks: app deploys then only invalidate the small app chunk.
// Chunk graph: react <- mui <- react-admin (everything else from node_modules) <- app.
const nodeModules = (packages: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${packages})[\\\\/]`);
// The date pickers and their calendars load with the first form or filter that shows a date, not at
// login: their own group, last, which the groups before leave alone.
const pickers = nodeModules('@mui/x-date-pickers|@mui/x-internals|date-fns|date-fns-jalali');
const besidesPickers = (test: RegExp) => (id: string) => test.test(id) && !pickers.test(id);
const vendorGroups = [
  {
    name: 'react',
    test: nodeModules('react|react-dom|scheduler|react-router|react-router-dom'),
    priority: 3,
  },
  {
    name: 'mui',
    test: besidesPickers(nodeModules('@mui|@emotion|@popperjs|react-transition-group')),
    priority: 2,
  },
  { name: 'react-admin', test: besidesPickers(/[\\/]node_modules[\\/]/), priority: 1 },
  { name: 'pickers', test: pickers, priority: 0 },
];

// The plugin serves the build at its setting `consolePath` (/console by default) and names that path in
// the shell's <base>: the build refers to its files relatively, so one build fits any path. It is
// shipped in the plugin package's dist/.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { alias: { '@contract': CONTRACT_DIR } },
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    // The dev server serves files outside admin/ only from folders allowed here.
    fs: { allow: ['.', CONTRACT_DIR] },
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:1337',
        changeOrigin: true,
      },
    },
  },
});
