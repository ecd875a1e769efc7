import { LitElement, adoptStyles, isServer, nothing, render, type PropertyDeclaration, type ReactiveController, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { asAttributeValue, parseChoice } from './attributes.js';
import { warnMissingPart } from './warn.js';
import { followPageLanguage, getLocale, localeReady, type Locale } from './locale.js';
import { VERSION } from './version.js';
import { defineElement } from './register.js';
import { readDataSourceMeta } from '../data/data-source-meta.js';
import { dataSourceState } from '../data/store.js';
import { lazy } from './lazy.js';
import { withTimeout } from './timeout.js';
import { renderLoadFailed } from './load-failed.js';
import { nextTask } from './next-task.js';

// The notice for a site's dataset that could not be used: loaded once one failed.
const dataNotice = lazy(() => import('./data-notice.js'));
// Taking prerendered HTML over (src/ssr/render.ts, Lit's hydration): loaded only where some is.
const takeOverCode = lazy(() => import('./take-over.js'));
import type { Lazy } from './lazy.js';

/** What the element needs of a @lit/task Task, without importing it (most elements have none). */
interface PendingTask {
  readonly status: number;
  readonly taskComplete: Promise<unknown>;
}
/** TaskStatus.PENDING in @lit/task. */
const TASK_PENDING = 1;

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every kratom-widgets element shares: it re-renders when the locale
 * changes, follows the page language, and takes a `theme` attribute.
 *
 * @csspart load-failed - The "could not be loaded" line and its Try again button, shown when a part of the element's code or data failed to load.
 */
export class KratomElement extends LitElement {
  // Reactive properties are listed here, and in each element, rather than
  // declared with decorators: no decorator helpers ship in the bundle, and the
  // code does not depend on TypeScript's decorator settings.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    dataRevision: { state: true },
  };

  /**
   * Every attribute-backed property takes what a script sets and keeps it as
   * text (or a boolean for boolean attributes): a number, an object, even one
   * without `toString`, can then neither throw in a template nor stop Lit
   * reflecting the attribute. Internal state is left alone.
   */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    const base = super.getPropertyDescriptor(name, key, options);
    if (!base?.set || options.state || options.attribute === false) return base;
    const set = base.set;
    const boolean = options.type === Boolean;
    return {
      ...base,
      set(this: KratomElement, value: unknown) {
        set.call(this, boolean ? Boolean(value) : asAttributeValue(value));
      },
    };
  }

  /**
   * Elements this one draws in its shadow root, by tag. They are defined
   * when this one connects, so an app that registers only the class (from
   * `…/class`, under a tag of its own) still gets working inner elements.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /** Read by the registration guard to tell two copies of the library apart. */
  static readonly kratomVersion = VERSION;

  /**
   * Dataset parts this element needs before it renders (see data/lazy-data.ts).
   * Its first update waits for them; property changes made meanwhile are kept.
   * An element whose needs depend on its attributes overrides `needs()`.
   */
  static requires: readonly Lazy<unknown>[] = [];

  /** The dataset parts the current attributes need (by default, `requires`). */
  protected needs(): readonly Lazy<unknown>[] {
    return (this.constructor as typeof KratomElement).requires;
  }

  /** Colour scheme: `auto` (follows the page: the reader's system setting on pages that support dark), `light` or `dark`. */
  theme: Theme = 'auto';

  /** For the custom state `loading` (see `waiting`); attached when first needed, null where refused. */
  private internals?: ElementInternals | null;

  constructor() {
    super();
    // Done here rather than with @localized() so that no decorator order can
    // leave elements already in the page deaf to locale changes.
    updateWhenLocaleChanges(this);
  }

  /**
   * Counts switches of the page's dataset (a site's newer file arrived, or
   * failed). Elements that keep a record they loaded reload it when this
   * changes; everything else simply redraws from the data in use.
   */
  protected dataRevision = 0;

  private readonly onDataChange = () => {
    if (dataSourceState()?.status === 'failed' && !dataNotice.value) {
      // updateComplete waits for it, so the notice is there when a page or test looks.
      const done: Promise<void> = dataNotice.load().then(
        () => void this.dataRevision++,
        () => undefined,
      );
      this.pendingLoad = done;
    }
    this.dataRevision++;
  };

  /**
   * What an element showing legal facts adds when the site's newer dataset
   * could not be used: which date it shows instead, and why. Usually nothing.
   */
  protected renderDataNotice(): unknown {
    return dataNotice.value?.renderDataNotice(this.locale) ?? nothing;
  }

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries((this.constructor as typeof KratomElement).dependencies)) defineElement(tag, element);
    super.connectedCallback();
    followPageLanguage();
    readDataSourceMeta();
    document.addEventListener('kratom-data-update', this.onDataChange);
    document.addEventListener('kratom-data-error', this.onDataChange);
    // It may have failed before this element arrived.
    if (dataSourceState()?.status === 'failed') this.onDataChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kratom-data-update', this.onDataChange);
    document.removeEventListener('kratom-data-error', this.onDataChange);
  }

  /**
   * True while the element still shows the HTML a server prerendered for it
   * (a declarative shadow root): its first update takes that DOM over
   * (hydration) instead of drawing anew, once everything its drawing needs
   * is in, so nothing moves or flashes.
   */
  protected prerendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.prerendered = true;
    // The prerendered <style> may be refused by a strict CSP; the constructed sheets never are.
    adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    return this.shadowRoot;
  }

  protected override update(changed: PropertyValues): void {
    if (!this.prerendered) return super.update(changed);
    const code = takeOverCode.value;
    if (!code) {
      // The takeover code could not be loaded: draw anew, over the server's HTML.
      this.prerendered = false;
      for (const node of [...this.renderRoot.childNodes]) node.remove();
      return super.update(changed);
    }
    // A part still loading (a record, say) would draw a different card: keep
    // the server's until it is in; its arrival updates again.
    const ready = ![...this.tasks].some((task) => task.status === TASK_PENDING);
    if (code.takeOver(this, this.render(), changed, ready)) this.prerendered = false;
  }

  /** Loads under way; several can overlap (a record, the history, a notice). */
  private readonly loads = new Set<Promise<unknown>>();

  /**
   * A load the element has started (a record, an answer). `updateComplete`
   * waits for it too, so tests and pages see the finished result. Setting
   * one adds it to those under way (it leaves once settled); setting
   * undefined does nothing.
   */
  protected set pendingLoad(load: Promise<unknown> | undefined) {
    if (!load) return;
    // Capped, so that a stalled request never holds updateComplete for ever.
    const capped = withTimeout(load).catch(() => undefined);
    this.loads.add(capped);
    void capped.then(() => this.loads.delete(capped));
  }

  protected get pendingLoad(): Promise<unknown> | undefined {
    return this.loads.values().next().value;
  }

  /** The element's lazy parts: the Lit tasks among its controllers (see load-task.ts). */
  private readonly tasks = new Set<PendingTask>();

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if ('taskComplete' in controller) this.tasks.add(controller as PendingTask);
  }

  /** Resolves once the current render is done, without waiting for loads (for moving focus). */
  protected renderComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (;;) {
      const waiting = [...this.loads, ...[...this.tasks].filter((task) => task.status === TASK_PENDING).map((task) => task.taskComplete)];
      if (waiting.length === 0) return result;
      await Promise.allSettled(waiting);
      result = await super.getUpdateComplete();
    }
  }

  /** Whether the element is waiting for the data its first full drawing needs. */
  private waitingForData = false;

  /**
   * True while the element waits for what its first full drawing needs. The
   * host then has the custom state `loading`, which the reserve stylesheet
   * (dist/cdn/kratom-widgets.css) matches to keep the element's final height
   * meanwhile. Elements that draw a partial card first extend it.
   */
  protected get waiting(): boolean {
    return this.waitingForData;
  }

  /** Mirrors `waiting` in the host's `:state(loading)`. */
  protected syncLoadingState(): void {
    if (this.internals === undefined) {
      // Prerendered HTML is what it will show: no reserve needed.
      if (!this.waiting || this.prerendered) return;
      try {
        this.internals = this.attachInternals();
      } catch {
        // A subclass attached its own (form-associated, say): no state, no harm.
        this.internals = null;
      }
    }
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (this.waiting) states.add('loading');
      else states.delete('loading');
    } catch {
      // Browsers from before custom states took plain names.
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncLoadingState();
  }

  /** Set when a dataset part could not be loaded; the element then shows a short notice instead. */
  private dataMissing = false;

  protected override async scheduleUpdate(): Promise<unknown> {
    // The first render waits for the page's language, so that it is never English first
    // (keeping its reserved height meanwhile).
    if (!this.hasUpdated) {
      this.waitingForData = true;
      this.syncLoadingState();
      await localeReady();
      // Each element draws first in its own task (see next-task.ts).
      if (!isServer) await nextTask();
      if (this.prerendered) await withTimeout(takeOverCode.load()).catch(() => undefined);
      this.waitingForData = false;
    }
    const needs = this.needs();
    if (needs.some((module) => module.value === undefined)) {
      const loading = Promise.all(needs.map((module) => module.load()));
      this.waitingForData = true;
      this.syncLoadingState();
      try {
        await withTimeout(loading);
        this.dataMissing = false;
      } catch (error) {
        this.dataMissing = true;
        // It tries again on its next update (or Retry); a slow part that arrives after all redraws.
        warnMissingPart(`<${this.localName}>'s data`, error);
        loading.then(() => this.requestUpdate(), () => undefined);
      } finally {
        this.waitingForData = false;
        this.syncLoadingState();
      }
    } else {
      this.dataMissing = false;
    }
    return super.scheduleUpdate();
  }

  /** Property changes made while the data was missing: the next real update still sees them. */
  private skipped = new Map<PropertyKey, unknown>();

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.dataMissing) {
      for (const [key, old] of this.skipped) if (!changed.has(key)) changed.set(key, old);
      this.skipped.clear();
      return super.shouldUpdate(changed);
    }
    for (const [key, old] of changed) if (!this.skipped.has(key)) this.skipped.set(key, old);
    // Never blank, never a half-rendered template over missing data.
    render(
      renderLoadFailed(msg('This information could not be loaded.'), () => this.requestUpdate(), 'data-missing'),
      this.renderRoot,
      { host: this },
    );
    return false;
  }

  /** The active locale, for choosing dataset text. @internal */
  protected get locale(): Locale {
    return getLocale();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Marks prerendered HTML, which the reserve stylesheet then leaves alone: it has its height already.
    if (isServer) this.setAttribute('prerendered', '');
    if (changed.has('theme')) parseChoice(this.localName, 'theme', this.theme, THEMES, 'auto');
  }
}
