import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/shared/locale.js';
import '../src/all.js';
import './preview.css';

// Attribute tables and docs come from the generated custom-elements.json.
setCustomElementsManifest(manifest);

/** Applies the toolbar's locale and theme to every element in the story. */
const withLocaleAndTheme: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale: string; theme: string };
  void setLocale(locale);
  document.documentElement.lang = locale;
  // The whole canvas, padding included, takes the theme: no white frame around a dark story.
  document.body.dataset.storyTheme = theme;
  requestAnimationFrame(() => {
    for (const el of document.querySelectorAll('#storybook-root *, .docs-story *')) {
      if (el.localName.startsWith('kratom-') || el.localName.startsWith('advocacy-')) {
        if (!el.hasAttribute('data-story-theme')) el.setAttribute('theme', theme);
      }
    }
  });
  return html`<div class="story-canvas" data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français (Canada)' },
          { value: 'es', title: 'Español (EE. UU.)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [withLocaleAndTheme],
  parameters: {
    // Fail a story's accessibility check on any axe violation, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
