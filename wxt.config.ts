import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'Tactful' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_toggleCommand__',
      },
    },
    web_accessible_resources: [{ resources: ['panel.html', 'editor-bridge.js', 'tactful-page.js'], matches: ['<all_urls>'] }],
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
