import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['<all_urls>'],
    // MV2 has no optional_host_permissions (WXT drops it): hosts go in optional_permissions there.
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'] } : {}),
    action: { default_title: 'Tactful' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_toggleCommand__',
      },
    },
    // use_dynamic_url: reachable by pages only at a per-session id, so a site cannot detect Tactful
    // by fetching chrome-extension://<fixed id>/panel.html. Firefox MV2 ignores the flag; its
    // moz-extension:// host is already a random id per installation.
    web_accessible_resources: [{ resources: ['panel.html', 'editor-bridge.js', 'tactful-page.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tactful@tactful.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['node_modules/**', '.output/**', '.wxt/**', 'tests/**/*.png'] },
});
