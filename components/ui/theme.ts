/** Applies the theme preference: 'system' follows prefers-color-scheme through CSS alone. */
export function applyTheme(theme: 'system' | 'light' | 'dark', root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
