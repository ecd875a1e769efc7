// The embed builder: pick an element, set its attributes, language, theme and
// script, see it in a plain page at desktop and phone widths, copy the code.
//
// The page never loads the library's elements itself: each preview is an
// iframe whose page is the snippet, so what runs there is what a site owner
// pastes. The prerendered fallback is made in a worker (prerender.worker.ts).
import { DEFAULT_BASE, FILES, LOCAL_CDN, SOURCES } from './config.js';
import { PUBLIC_ELEMENTS, type PublicElement } from './elements.js';
import { LANGUAGE_NAMES, t, toUiLanguage, UI_LANGUAGES, type MessageKey, type UiLanguage } from './i18n.js';
import { integrityFor, recordedHashes, type Integrity } from './integrity.js';
import { elementModels, type AttributeModel, type ElementModel, type Manifest, type Problem } from './model.js';
import { prerender, PRERENDER_TIMEOUT_MS, PrerenderError, type PrerenderFailure } from './prerender-client.js';
import { buildSnippet, elementMarkup, escapeHtml, normalizeBase, rebase, SCRIPT_FILES, STYLESHEET_FILE, type AttributeValue, type ScriptChoice } from './snippet.js';
import { cachedHashOf } from './sri.js';

type Theme = 'auto' | 'light' | 'dark';
type Width = 'desktop' | 'phone';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const WIDTHS: Record<Width, number> = { desktop: 1024, phone: 375 };
const THEME_KEYS: Record<Theme, MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
const LANGUAGE_KEYS: Record<UiLanguage, MessageKey> = { en: 'languageEn', fr: 'languageFr', es: 'languageEs' };
const PRERENDER_FAILURE_KEYS: Record<PrerenderFailure, MessageKey> = {
  start: 'prerenderFailedStart',
  timeout: 'prerenderFailedTimeout',
  render: 'prerenderFailedRender',
};
/** How long the folder field must sit still before the file there is read. */
const BASE_PAUSE_MS = 600;
const PREVIEW_CSS = new URL('./preview-page.css', import.meta.url).href;

// ---------------------------------------------------------------------------
// State

interface State {
  ui: UiLanguage;
  tag: PublicElement;
  /** What the fields hold, per element, so switching elements keeps them. */
  values: Partial<Record<PublicElement, Record<string, string | boolean>>>;
  lang: UiLanguage;
  theme: Theme;
  script: ScriptChoice;
  base: string;
  prerender: boolean;
  width: Width;
  useSources: boolean;
}

const params = new URLSearchParams(location.search);
const initialUi = toUiLanguage(params.get('ui') ?? navigator.language);
const state: State = {
  ui: initialUi,
  tag: (PUBLIC_ELEMENTS as readonly string[]).includes(params.get('element') ?? '') ? (params.get('element') as PublicElement) : 'kratom-law-lookup',
  values: {},
  lang: initialUi,
  theme: 'auto',
  script: 'loader',
  base: DEFAULT_BASE,
  prerender: false,
  // On a phone, the phone-width preview (a desktop page scaled down to a third is hard to read).
  width: matchMedia('(max-width: 40rem)').matches ? 'phone' : 'desktop',
  useSources: false,
};

let manifest: Manifest;
let models: ElementModel[] = [];
const model = () => models.find((m) => m.tag === state.tag)!;
const values = () => (state.values[state.tag] ??= {});
const tr = (key: MessageKey, v?: Record<string, string | number>) => t(state.ui, key, v);

// ---------------------------------------------------------------------------
// Small DOM helpers

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function h<K extends keyof HTMLElementTagNameMap>(
  name: K,
  props: Partial<Record<string, string | boolean>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(name);
  for (const [key, value] of Object.entries(props)) {
    if (value === false || value === undefined) continue;
    el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}

/** A manifest description as text, with its `code` spans as <code>. */
function describe(text: string): Node[] {
  return text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : document.createTextNode(part)));
}

/** A group of radio buttons inside an existing fieldset (its legend stays). */
function radios<V extends string>(fieldset: HTMLFieldSetElement, name: string, choices: [V, string, string?][], current: V, onChange: (value: V) => void) {
  fieldset.querySelectorAll(':scope > .b-radio').forEach((node) => node.remove());
  for (const [value, label, note] of choices) {
    const id = `${name}-${value}`;
    const input = h('input', { type: 'radio', name, id, value, checked: value === current, 'aria-describedby': note ? `${id}-note` : false });
    input.addEventListener('change', () => input.checked && onChange(value));
    const row = h('div', { class: 'b-radio' }, input, h('label', { for: id }, label));
    if (note) row.append(h('p', { class: 'b-help', id: `${id}-note` }, note));
    fieldset.append(row);
  }
}

// ---------------------------------------------------------------------------
// The form

function fieldId(attribute: AttributeModel) {
  return `attr-${attribute.name}`;
}

/** Help text: the manifest's English description, then the default in the page's language. */
function helpFor(attribute: AttributeModel, id: string) {
  const help = h('p', { class: 'b-help', id });
  help.append(h('span', { lang: 'en' }, ...describe(attribute.description)));
  if (attribute.defaultValue !== undefined && attribute.control.kind !== 'select') {
    help.append(' ', h('span', {}, tr('defaultIs', { value: attribute.defaultValue })));
  }
  return help;
}

function attributeField(attribute: AttributeModel): HTMLElement {
  const id = fieldId(attribute);
  const label = h('label', { for: id, class: 'b-label' }, h('code', {}, attribute.name));
  const stored = values()[attribute.name];
  const control = attribute.control;

  if (control.kind === 'checkbox') {
    const input = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-help`, checked: stored === true });
    input.addEventListener('change', () => {
      values()[attribute.name] = input.checked;
      update();
    });
    return h('div', { class: 'b-check' }, input, label, helpFor(attribute, `${id}-help`));
  }

  if (control.kind === 'select') {
    const select = h('select', { id, 'aria-describedby': `${id}-help` });
    const current = typeof stored === 'string' ? stored : (attribute.defaultValue ?? '');
    if (attribute.defaultValue === undefined || !control.choices.some((c) => c.value === attribute.defaultValue)) {
      const emptyLabel = control.empty === 'own-group' ? tr('ownGroupOption') : control.empty === 'none' ? tr('noneOption') : tr('chooseOption');
      select.append(h('option', { value: '' }, emptyLabel));
    }
    const groups = new Map<string, HTMLOptGroupElement>();
    const groupLabel: Record<string, MessageKey> = { federal: 'groupFederal', US: 'groupUS', CA: 'groupCA' };
    for (const choice of control.choices) {
      const text = choice.value === attribute.defaultValue ? tr('defaultOption', { value: choice.label }) : choice.label;
      const option = h('option', { value: choice.value, selected: choice.value === current }, text);
      if (choice.group) {
        let group = groups.get(choice.group);
        if (!group) {
          group = h('optgroup', { label: groupLabel[choice.group] ? tr(groupLabel[choice.group]) : choice.group });
          groups.set(choice.group, group);
          select.append(group);
        }
        group.append(option);
      } else {
        select.append(option);
      }
    }
    select.value = current;
    select.addEventListener('change', () => {
      values()[attribute.name] = select.value;
      update();
    });
    return h('div', { class: 'b-field' }, label, select, helpFor(attribute, `${id}-help`));
  }

  const input = h('input', {
    type: 'text',
    id,
    spellcheck: 'false',
    autocomplete: 'off',
    inputmode: control.numeric ? 'numeric' : false,
    'aria-describedby': `${id}-help ${id}-error`,
    list: control.list ? `${id}-list` : false,
  });
  input.value = typeof stored === 'string' ? stored : '';
  const error = h('p', { class: 'b-error', id: `${id}-error`, hidden: true });
  input.addEventListener('input', () => {
    values()[attribute.name] = input.value;
    update();
  });
  const field = h('div', { class: 'b-field' }, label, input, helpFor(attribute, `${id}-help`), error);
  if (control.list) {
    field.append(h('datalist', { id: `${id}-list` }, ...control.list.map((choice) => h('option', { value: choice.value }, choice.label))));
  }
  return field;
}

function renderAttributeFields() {
  const element = model();
  $('#attributes-legend').textContent = tr('legendAttributes', { tag: `<${element.tag}>` });
  $('#element-summary').textContent = element.summary;
  const box = $('#attribute-fields');
  box.replaceChildren(...(element.attributes.length ? element.attributes.map(attributeField) : [h('p', {}, tr('noAttributes'))]));
}

function renderStaticText() {
  renderPageText();
  $('#builder-form').setAttribute('aria-label', tr('formName'));

  const ui = $<HTMLSelectElement>('#ui-language');
  ui.replaceChildren(...UI_LANGUAGES.map((lang) => h('option', { value: lang, lang, selected: lang === state.ui }, LANGUAGE_NAMES[lang])));

  const element = $<HTMLSelectElement>('#element');
  element.replaceChildren(...PUBLIC_ELEMENTS.map((tag) => h('option', { value: tag, selected: tag === state.tag }, `<${tag}>`)));

  radios($<HTMLFieldSetElement>('#widget-language'), 'lang', UI_LANGUAGES.map((lang) => [lang, LANGUAGE_NAMES[lang]]), state.lang, (lang) => {
    state.lang = lang;
    update();
  });
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) input.nextElementSibling!.setAttribute('lang', input.value);
  radios($<HTMLFieldSetElement>('#theme'), 'theme', THEMES.map((theme) => [theme, tr(THEME_KEYS[theme])]), state.theme, (theme) => {
    state.theme = theme;
    update();
  });
  radios(
    $<HTMLFieldSetElement>('#script'),
    'script',
    [
      ['loader', tr('scriptLoader'), tr('scriptLoaderNote')],
      ['single', tr('scriptSingle'), tr('scriptSingleNote')],
    ],
    state.script,
    (script) => {
      state.script = script;
      update();
    },
  );
  radios(
    $<HTMLFieldSetElement>('#preview-width'),
    'width',
    [
      ['desktop', tr('widthDesktop')],
      ['phone', tr('widthPhone')],
    ],
    state.width,
    (width) => {
      state.width = width;
      schedulePreview(0);
    },
  );
  renderAttributeFields();
}

// ---------------------------------------------------------------------------
// From the form to the code

interface Built {
  attributes: [string, AttributeValue][];
  /** Fields whose value is wrong: left out of the code. */
  problems: { attribute: string; problem: Problem }[];
}

function collect(): Built {
  const attributes: [string, AttributeValue][] = [];
  const problems: Built['problems'] = [];
  const stored = values();
  const text = Object.fromEntries(Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [k, v.trim()]));
  for (const attribute of model().attributes) {
    const value = stored[attribute.name];
    const control = attribute.control;
    if (control.kind === 'checkbox') {
      if (value === true) attributes.push([attribute.name, true]);
    } else if (typeof value === 'string' && value.trim() !== '') {
      const trimmed = value.trim().replace(/\s+/g, ' ');
      if (control.kind === 'select') {
        if (trimmed !== attribute.defaultValue) attributes.push([attribute.name, trimmed]);
      } else {
        const problem = control.check?.(trimmed, text);
        if (problem) problems.push({ attribute: attribute.name, problem });
        else if (trimmed !== attribute.defaultValue) attributes.push([attribute.name, trimmed]);
      }
    }
  }
  if (state.theme !== 'auto') attributes.push(['theme', state.theme]);
  return { attributes, problems };
}

function showProblems(problems: Built['problems']) {
  for (const attribute of model().attributes) {
    if (attribute.control.kind !== 'text') continue;
    const id = fieldId(attribute);
    const input = document.getElementById(id);
    const error = document.getElementById(`${id}-error`);
    if (!input || !error) continue;
    const found = problems.find((p) => p.attribute === attribute.name);
    if (found) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = tr(found.problem.key, found.problem.values);
      error.hidden = false;
    } else {
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      error.hidden = true;
    }
  }
  const summary = $('#snippet-problems');
  summary.hidden = problems.length === 0;
  summary.textContent = problems.length ? tr('leftOut', { names: problems.map((p) => p.attribute).join(', ') }) : '';
}

/** The folder the snippet names: the typed one when it is valid, else the default. */
function snippetBase(): { base: string; valid: boolean } {
  const base = normalizeBase(state.base);
  return base ? { base, valid: true } : { base: DEFAULT_BASE, valid: state.base.trim() === '' };
}

/**
 * True from a keystroke in the folder field until the field is left (change
 * or blur) or sits still for BASE_PAUSE_MS: until then the file at the typed
 * address is not read, so a half-typed host is never asked for anything.
 */
let baseTyping = false;
let basePause: ReturnType<typeof setTimeout> | undefined;
/** Whether the code on the page holds this build's hash only because the folder was still being typed. */
let codeWaitsForBase = false;

function baseTyped() {
  baseTyping = true;
  clearTimeout(basePause);
  basePause = setTimeout(baseSettled, BASE_PAUSE_MS);
}

function baseSettled() {
  clearTimeout(basePause);
  if (!baseTyping) return;
  baseTyping = false;
  if (codeWaitsForBase) update();
}

// ---------------------------------------------------------------------------
// Update: the code at once, the prerendered fallback when it comes, then the preview

let generation = 0;
let current: { snippet: string; base: string; integrity: Integrity; attributes: [string, AttributeValue][]; inner?: string } | undefined;

function update() {
  void refresh();
}

function setCodeBusy(busy: boolean) {
  const code = $('.b-code');
  if (busy) code.setAttribute('aria-busy', 'true');
  else code.removeAttribute('aria-busy');
  code.dataset.state = busy ? 'busy' : 'ready';
}

async function refresh() {
  const mine = ++generation;
  setCodeBusy(true);

  const built = collect();
  showProblems(built.problems);
  const { base, valid } = snippetBase();
  const baseInput = $<HTMLInputElement>('#base');
  const baseError = $('#base-error');
  if (valid) baseInput.removeAttribute('aria-invalid');
  else baseInput.setAttribute('aria-invalid', 'true');
  baseError.hidden = valid;
  baseError.textContent = valid ? '' : tr('baseInvalid');

  $('#lang-advice').textContent = tr('langAdvice', { lang: state.lang });

  const file = SCRIPT_FILES[state.script];
  const prerenderStatus = $('#prerender-status');
  const wantsFallback = state.prerender;
  // Started now, so the worker draws while the hash is computed; the code does not wait for it.
  const fallback = wantsFallback ? prerender(elementMarkup(state.tag, built.attributes), state.lang) : undefined;
  prerenderStatus.textContent = wantsFallback ? tr('prerenderBusy') : '';

  const [integrity, recorded] = await Promise.all([integrityFor(file, base, { ui: state.ui, typing: baseTyping }), recordedHashes()]);
  if (mine !== generation) return;
  // The typing stopped while the hashes were computed: read the typed folder now.
  if (integrity.pending && !baseTyping) return update();
  codeWaitsForBase = !!integrity.pending;

  const write = (rendered?: string) => {
    const comments = [tr('commentLanguage', { lang: state.lang, language: t(state.ui, LANGUAGE_KEYS[state.lang]) })];
    if (rendered) comments.push(tr('commentPrerender'));
    const snippet = buildSnippet({
      base,
      script: state.script,
      integrity: integrity.hash,
      tag: state.tag,
      attributes: built.attributes,
      element: rendered,
      comments,
    });
    $<HTMLTextAreaElement>('#snippet').value = snippet;
    current = { snippet, base, integrity, attributes: built.attributes, inner: rendered };
    schedulePreview();
  };
  const notes = [integrity.note];
  if (integrity.local && recorded[file] && recorded[file] !== integrity.local) notes.push(tr('buildMismatch', { file }));
  $('#hash-note').textContent = notes.join(' ');
  write();
  // Still busy while the fallback is drawn or the typed folder waits to be read: the code will change.
  const finish = () => setCodeBusy(!!integrity.pending);
  if (!fallback) return finish();

  fallback.then(
    (html) => {
      if (mine !== generation) return;
      write(html);
      prerenderStatus.textContent = SOURCES ? tr('prerenderDev') : '';
      finish();
    },
    (error: unknown) => {
      if (mine !== generation) return;
      const kind = error instanceof PrerenderError ? error.kind : 'start';
      console.warn(`Embed builder: the prerendered fallback failed (${error instanceof Error ? error.message : String(error)}).`);
      prerenderStatus.textContent = tr(PRERENDER_FAILURE_KEYS[kind], { seconds: PRERENDER_TIMEOUT_MS / 1000 });
      finish();
    },
  );
}

// ---------------------------------------------------------------------------
// Preview: a plain page holding the snippet, in an iframe

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePreview(delay = 250) {
  clearTimeout(previewTimer);
  $('#frame-box').dataset.state = 'busy';
  previewTimer = setTimeout(() => void renderPreview(), delay);
}

/** What the preview page's body holds: the snippet, loading this build's files (or, in development, the sources). */
async function previewBody(): Promise<{ body: string; note: string } | undefined> {
  if (!current) return undefined;
  const builtAvailable = !!(await cachedHashOf(`${LOCAL_CDN}/${SCRIPT_FILES.loader}`));
  const sourcesField = $('#sources-field');
  sourcesField.hidden = !SOURCES;
  if (SOURCES && (state.useSources || !builtAvailable)) {
    const sources = new URL(SOURCES, location.href).href.replace(/\/$/, '');
    const script = state.script === 'loader' ? `${sources}/cdn/loader.ts` : `${sources}/cdn.ts`;
    const body = [
      `<link rel="stylesheet" href="${sources}/cdn/${STYLESHEET_FILE}">`,
      `<script type="module" src="${script}"></script>`,
      current.inner ?? elementMarkup(state.tag, current.attributes),
    ].join('\n');
    return { body, note: tr('previewSources') };
  }
  if (!builtAvailable) return undefined;
  // The snippet itself, with the folder swapped for this build's copy (and its
  // hash, when the site owner's file is another one): the browser checks the
  // integrity here too.
  let body = rebase(current.snippet, current.base, LOCAL_CDN);
  const { hash, local } = current.integrity;
  if (hash && local && hash !== local) body = body.split(hash).join(local);
  return { body, note: tr('previewBuilt', { base: LOCAL_CDN }) };
}

function previewPage(body: string): string {
  return `<!doctype html>
<html lang="${state.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(state.lang, 'previewPageTitle', { tag: `<${state.tag}>` }))}</title>
<link rel="stylesheet" href="${PREVIEW_CSS}">
</head>
<body class="preview-${state.theme}">
${body}
</body>
</html>`;
}

let sizeObserver: ResizeObserver | undefined;
/** Fits the current preview to its box: set by renderPreview, called when either changes size. */
let fitPreview = () => {};

async function renderPreview() {
  const box = $('#frame-box');
  const mine = generation;
  const content = await previewBody();
  if (mine !== generation) return;
  sizeObserver?.disconnect();
  if (!content) {
    $('#preview-note').textContent = tr('previewNoFiles');
    box.replaceChildren();
    box.dataset.state = 'ready';
    return;
  }
  $('#preview-note').textContent = content.note;
  const width = WIDTHS[state.width];
  const frame = h('iframe', {
    class: 'b-frame',
    id: 'preview-frame',
    title: tr('previewTitle', { tag: `<${state.tag}>`, width }),
    'data-width': String(width),
  });
  frame.srcdoc = previewPage(content.body);
  box.style.setProperty('--frame-width', `${width}px`);
  // Fitting waits for the next frame: setting sizes inside a ResizeObserver
  // callback would ask for another round of observations in the same frame.
  let queued = false;
  const fit = (fitPreview = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const scale = String(Math.min(1, box.clientWidth / width));
      if (box.style.getPropertyValue('--scale') !== scale) box.style.setProperty('--scale', scale);
      const root = frame.isConnected ? frame.contentDocument?.documentElement : undefined;
      const height = `${root ? Math.min(1600, Math.max(120, Math.ceil(root.getBoundingClientRect().height))) : 400}px`;
      if (box.style.getPropertyValue('--frame-height') !== height) box.style.setProperty('--frame-height', height);
    });
  });
  frame.addEventListener('load', () => {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    if (!win || !frame.contentDocument) return;
    sizeObserver = new win.ResizeObserver(fit);
    sizeObserver.observe(frame.contentDocument.documentElement);
    fit();
    box.dataset.state = 'ready';
  });
  box.replaceChildren(frame);
  fit();
}

// ---------------------------------------------------------------------------
// Copy

async function copySnippet() {
  const area = $<HTMLTextAreaElement>('#snippet');
  const status = $('#copy-status');
  status.textContent = '';
  let done = false;
  try {
    await navigator.clipboard.writeText(area.value);
    done = true;
  } catch {
    // No clipboard access (an old browser, a page without focus): select the text instead.
    area.focus();
    area.select();
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
  }
  // Emptied first and filled a moment later, so that the same word twice is announced twice.
  setTimeout(() => {
    status.textContent = done ? tr('copied') : tr('copyManual');
  }, 100);
}

// ---------------------------------------------------------------------------
// Start

/** custom-elements.json, or an error saying why it could not be had. */
async function loadManifest(url: string): Promise<Manifest> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  if (!Array.isArray(manifest?.modules)) throw new Error('no modules in it');
  return manifest;
}

/** The page's own words (title, headings, labels), for when there is nothing else to draw. */
function renderPageText() {
  document.documentElement.lang = state.ui;
  document.title = tr('pageTitle');
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = tr(node.dataset.text as MessageKey);
}

async function start() {
  const manifestUrl = new URL('custom-elements.json', FILES).href;
  try {
    manifest = await loadManifest(manifestUrl);
  } catch (error) {
    // Said on the page, in its language: without the manifest there is no form to draw.
    renderPageText();
    const message = $('#load-error');
    message.textContent = tr('manifestMissing', { url: manifestUrl });
    message.hidden = false;
    $('#builder-form').hidden = true;
    $('.b-output').hidden = true;
    throw error;
  }
  models = elementModels(manifest, state.ui);
  renderStaticText();

  $<HTMLSelectElement>('#ui-language').addEventListener('change', (event) => {
    state.ui = toUiLanguage((event.target as HTMLSelectElement).value);
    const url = new URL(location.href);
    url.searchParams.set('ui', state.ui);
    history.replaceState(null, '', url);
    models = elementModels(manifest, state.ui);
    renderStaticText();
    $<HTMLSelectElement>('#ui-language').focus();
    update();
  });
  $<HTMLSelectElement>('#element').addEventListener('change', (event) => {
    state.tag = (event.target as HTMLSelectElement).value as PublicElement;
    renderAttributeFields();
    update();
  });
  const base = $<HTMLInputElement>('#base');
  base.value = state.base;
  base.addEventListener('input', () => {
    state.base = base.value;
    baseTyped();
    update();
  });
  base.addEventListener('change', baseSettled);
  base.addEventListener('blur', baseSettled);
  const prerenderBox = $<HTMLInputElement>('#prerender');
  $('#prerender-field').hidden = typeof Worker === 'undefined';
  prerenderBox.addEventListener('change', () => {
    state.prerender = prerenderBox.checked;
    update();
  });
  const sources = $<HTMLInputElement>('#use-sources');
  sources.addEventListener('change', () => {
    state.useSources = sources.checked;
    schedulePreview(0);
  });
  $('#copy').addEventListener('click', () => void copySnippet());
  new ResizeObserver(() => fitPreview()).observe($('#frame-box'));
  // The form never submits: Enter in a field just keeps the code up to date.
  $('#builder-form').addEventListener('submit', (event) => event.preventDefault());
  await refresh();
}

/** Resolves once the form is drawn and the first code written (the tests wait for it); rejects when it cannot be drawn. */
export const ready = start();
// The failure is on the page already (#load-error).
ready.catch(() => undefined);
