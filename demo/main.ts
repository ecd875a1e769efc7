// The demo's switchers. The elements follow the page's <html lang> by
// themselves (the script-tag file watches it), so these only set the
// attributes a site owner would.
const locale = document.querySelector<HTMLSelectElement>('#locale')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const region = document.querySelector<HTMLSelectElement>('#map-region')!;
const updates = document.querySelector<HTMLDetailsElement>('#updates')!;

const isLibraryElement = (el: Element) => el.localName.startsWith('kratom-') || el.localName.startsWith('advocacy-');

/** The theme chosen in the demo's settings, on one element and what it holds. */
function applyTheme(root: Element) {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (isLibraryElement(el)) el.setAttribute('theme', theme.value);
  }
}

locale.addEventListener('change', () => {
  document.documentElement.lang = locale.value;
});

theme.addEventListener('change', () => {
  document.body.dataset.theme = theme.value;
  applyTheme(document.querySelector('main')!);
});

region.addEventListener('change', () => {
  document.querySelector('#map')!.setAttribute('region', region.value);
});

// <kratom-law-updates> loads the change history, so the page adds it on the first opening.
updates.addEventListener('toggle', () => {
  const template = updates.querySelector<HTMLTemplateElement>('#updates-tag');
  if (!updates.open || !template) return;
  const tag = template.content.firstElementChild!.cloneNode(true) as Element;
  if (document.body.dataset.theme) applyTheme(tag);
  template.replaceWith(tag);
});
