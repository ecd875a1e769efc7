// The demo loads the same entry as the script-tag build, then wires the
// language and theme switchers.
import { setLocale } from '../src/cdn.js';

const locale = document.querySelector<HTMLSelectElement>('#locale')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

locale.addEventListener('change', () => {
  document.documentElement.lang = locale.value;
  void setLocale(locale.value);
});

theme.addEventListener('change', () => {
  document.body.dataset.theme = theme.value;
  for (const el of document.querySelectorAll('main *')) {
    if (el.localName.startsWith('kratom-') || el.localName.startsWith('advocacy-')) {
      el.setAttribute('theme', theme.value);
    }
  }
});
