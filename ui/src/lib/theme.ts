// Light, dark, or the system's (the default). The choice is how this device shows the app, not
// part of the user's data, so it lives in the WebView's storage. "system" follows the OS as it
// changes; the page always carries the resolved theme in <html data-theme>, which app.css reads.
export type Theme = 'system' | 'light' | 'dark';

const KEY = 'ozzie.theme';
const dark = window.matchMedia('(prefers-color-scheme: dark)');

export function savedTheme(): Theme {
  const value = localStorage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

function show(theme: Theme) {
  const resolved = theme === 'system' ? (dark.matches ? 'dark' : 'light') : theme;
  document.documentElement.dataset.theme = resolved;
}

export function chooseTheme(theme: Theme) {
  if (theme === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, theme);
  show(theme);
}

/** Shows the saved theme now and follows the OS while the choice is "system". */
export function startTheme() {
  show(savedTheme());
  dark.addEventListener('change', () => show(savedTheme()));
}
