import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { newsMatchPatterns } from './lib/detect/domains';

// Build output can be redirected (parallel builds in tests/bench): WXT_OUT_DIR=.output-x
const outDir = process.env.WXT_OUT_DIR || '.output';

export default defineConfig({
  outDir,
  manifestVersion: 3,
  // Workers (export/import off the page's thread) are ES modules, as the pages' own chunks.
  vite: () => ({ plugins: [preact()], worker: { format: 'es' } }),
  // The sources zip (for Firefox review) carries the code, not local test and bench output.
  zip: {
    excludeSources: ['test-results/**', 'bench-results/**', '.output*/**', 'tests/fixtures/generated/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Báo Gọn',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'unlimitedStorage',
      // Chrome's background is a service worker without a DOM: HTML is re-sanitised in an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: newsMatchPatterns(),
    // The always-on detector is a plain script (entrypoints/detector), not a WXT content script:
    // WXT's content-script context announces itself to the page (postMessage + DOM event).
    content_scripts: [{ matches: newsMatchPatterns(), js: ['detector.js'], run_at: 'document_idle' }],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-reader': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_bgCmdOpenReader__' },
      'save-clip': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_bgCmdSaveClip__' },
    },
    // The reader page is shown in a frame over web pages (entrypoints/reader-frame); in Chrome only
    // through the per-session dynamic URL, so pages cannot probe for it.
    web_accessible_resources: [
      {
        resources: ['reader-frame.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'bao-gon@baogon.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
