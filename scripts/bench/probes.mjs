// Code that scripts/bench.mjs runs inside the measured pages. Each function is
// serialised by puppeteer, so it must not use anything from this module's scope.

/**
 * Installed before any page script (evaluateOnNewDocument). Records, on the
 * page's clock (ms since navigation start):
 *   pathsAt      - the first animation frame in which the map's SVG holds all
 *                  its region paths (cfg.count of cfg.path inside cfg.svg,
 *                  looked up in cfg.host's shadow root, or in the document when
 *                  cfg.host is null) and has a visible, non-empty box;
 *   paths        - when that frame was presented on screen: the frame callback
 *                  adds a one-character marker with an `elementtiming`
 *                  attribute, which is painted in that same frame, and its
 *                  Element Timing renderTime is the frame's presentation time
 *                  (the clock FCP uses); the marker is removed once reported;
 *   pathsMain    - that frame's end on the main thread (a message posted from
 *                  the frame callback), a fallback if no marker is reported;
 *   drawnAt, drawn, drawnMain - the same for "every element drawn": every
 *                  tag in cfg.tags has a shadow root with content and, once
 *                  defined, has rendered and is not in its :state(loading);
 *   fcp, lcp     - first-contentful-paint and the last largest-contentful-paint
 *                  (the markers left out), read in readProbe().
 * window.__bench.ready resolves once paths and drawn are known.
 */
export function installProbe(cfg) {
  const b = {
    fcp: null, lcp: null, pathsAt: null, paths: null, pathsMain: null, drawnAt: null, drawn: null, drawnMain: null, frames: 0,
  };
  window.__bench = b;
  let resolveReady;
  b.ready = new Promise((r) => (resolveReady = r));
  const settle = () => {
    if (b.paths !== null && b.drawn !== null) resolveReady();
  };
  // ---- presentation markers (Element Timing) ----
  const waiting = new Map(); // marker id -> { node, done }
  let markers = 0;
  const take = (entries) => {
    for (const e of entries) {
      const w = waiting.get(e.identifier);
      if (!w) continue;
      waiting.delete(e.identifier);
      w.node.remove();
      w.done(e.renderTime || e.startTime);
    }
  };
  let elementObserver = null;
  let lcpObserver = null;
  try {
    elementObserver = new PerformanceObserver((list) => take(list.getEntries()));
    elementObserver.observe({ type: 'element', buffered: true });
    lcpObserver = new PerformanceObserver((list) => keepLcp(list.getEntries()));
    lcpObserver.observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no Element Timing: the main-thread fallbacks are used
  }
  b.lcpEntries = [];
  function keepLcp(entries) {
    b.lcpEntries.push(...entries.filter((e) => !String(e.id).startsWith('bench-marker')));
  }
  b.readPaintEntries = () => {
    b.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    if (lcpObserver) keepLcp(lcpObserver.takeRecords());
    b.lcp = b.lcpEntries.at(-1)?.startTime ?? null;
  };
  /**
   * Calls done(presentation time) for the frame being drawn now (call it from a
   * requestAnimationFrame callback), or done(null) after 3 s without a report.
   */
  const presented = (done) => {
    const id = `bench-marker-${++markers}`;
    const node = document.createElement('span');
    node.id = id;
    node.setAttribute('elementtiming', id);
    node.setAttribute('aria-hidden', 'true');
    node.textContent = '.';
    node.style.cssText = 'position:fixed;left:0;top:0;margin:0;font:1px/1px sans-serif;color:rgba(0,0,0,0.02);pointer-events:none;z-index:2147483647';
    (document.body ?? document.documentElement).append(node);
    const started = performance.now();
    waiting.set(id, { node, done });
    // Observer callbacks can wait behind other tasks: also ask for the records.
    const poll = () => {
      if (!waiting.has(id)) return;
      if (elementObserver) take(elementObserver.takeRecords());
      if (!waiting.has(id)) return;
      if (performance.now() - started > 3000) {
        waiting.delete(id);
        node.remove();
        done(null);
        return;
      }
      setTimeout(poll, 16);
    };
    setTimeout(poll, 16);
  };
  const afterPaint = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };
  const rootOf = () => {
    if (!cfg.host) return document;
    return document.querySelector(cfg.host)?.shadowRoot ?? null;
  };
  const mapThere = () => {
    const svg = rootOf()?.querySelector(cfg.svg);
    if (!svg || svg.querySelectorAll(cfg.path).length < cfg.count) return false;
    const box = svg.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && svg.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const drawn = (el) => {
    const root = el.shadowRoot;
    if (!root || root.childElementCount === 0) return false;
    if (!customElements.get(el.localName)) return true; // prerendered, no script
    if (!el.hasUpdated) return false;
    try {
      return !el.matches(':state(loading)');
    } catch {
      return true;
    }
  };
  const allDrawn = () => cfg.tags.every((tag) => [...document.querySelectorAll(tag)].every(drawn));
  const frame = () => {
    b.frames++;
    const now = performance.now();
    if (b.pathsAt === null && mapThere()) {
      b.pathsAt = now;
      afterPaint((t) => (b.pathsMain = t));
      presented((t) => {
        b.paths = t ?? b.pathsMain ?? performance.now();
        b.pathsFallback = t === null;
        settle();
      });
    }
    if (b.drawnAt === null && b.pathsAt !== null && allDrawn()) {
      b.drawnAt = now;
      afterPaint((t) => (b.drawnMain = t));
      presented((t) => {
        b.drawn = t ?? b.drawnMain ?? performance.now();
        b.drawnFallback = t === null;
        settle();
      });
    }
    if (b.drawnAt === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // ---- interactions ----
  const map = () => document.querySelector('kratom-law-map');
  const checks = {
    // The details panel shows this place's name.
    panel: (name) => {
      const h = map()?.shadowRoot?.querySelector('#panel-heading');
      return !!h && h.textContent.trim() === name && h.checkVisibility();
    },
    // Focus left this place for another one on the map.
    focus: (from) => {
      const code = map()?.shadowRoot?.activeElement?.getAttribute('data-code');
      return !!code && code !== from;
    },
    // The FAQ lists another number of questions than before.
    faq: (before) => {
      const root = document.querySelector('kratom-faq')?.shadowRoot;
      return !!root && root.querySelectorAll('.list .item').length !== before;
    },
  };
  /**
   * Arms one interaction: its start is the timeStamp of the first `startType`
   * event (window, capture phase: the input as the page received it), its end
   * the presentation of the first frame in which checks[kind](arg) holds (a
   * marker as above; the frame's main-thread end if none is reported).
   */
  b.arm = (startType, kind, arg, timeoutMs) => {
    b.pending = new Promise((resolve) => {
      let start = null;
      const onStart = (e) => {
        if (start === null) start = e.timeStamp;
      };
      addEventListener(startType, onStart, { capture: true });
      const armed = performance.now();
      const tick = () => {
        if (start !== null && checks[kind](arg)) {
          const found = performance.now();
          let main = null;
          afterPaint((t) => (main = t));
          presented((t) => {
            removeEventListener(startType, onStart, { capture: true });
            const end = t ?? main ?? performance.now();
            resolve({ start, found, main, presented: t, ms: end - start, fallback: t === null });
          });
          return;
        }
        if (performance.now() - armed > timeoutMs) {
          removeEventListener(startType, onStart, { capture: true });
          resolve({ start, timeout: true });
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  };
}

/** The fields of window.__bench that are numbers or flags (what Node keeps), FCP and LCP read now. */
export function readProbe() {
  const b = window.__bench;
  b.readPaintEntries();
  return Object.fromEntries(Object.entries(b).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean' || v === null));
}

/**
 * Nodes (elements, text, comments; shadow roots included) in the document and
 * every open shadow root, and in `hostSelector`'s own shadow root.
 */
export function domCounts(hostSelector) {
  const count = (start) => {
    const acc = { nodes: 0, elements: 0, shadowRoots: 0 };
    const visit = (node) => {
      acc.nodes++;
      if (node.nodeType === 1) {
        acc.elements++;
        if (node.shadowRoot) {
          acc.shadowRoots++;
          visit(node.shadowRoot);
        }
      }
      for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    };
    visit(start);
    return acc;
  };
  const host = hostSelector ? document.querySelector(hostSelector) : null;
  return { page: count(document), host: host?.shadowRoot ? count(host.shadowRoot) : null };
}

/** A fixed amount of script work, timed: shows what the CPU throttling really did. */
export function calibrate() {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 5e5; i++) x += Math.sqrt(i) % 3;
  return { ms: performance.now() - t, x: x > 0 };
}

/** A point inside the keyboard target of `code` that hits it (scrolled into view first), or null. */
export function pointIn(code) {
  const root = document.querySelector('kratom-law-map')?.shadowRoot;
  const target = root?.querySelector(`.target[data-code="${code}"]`);
  if (!target) return null;
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const r = target.getBoundingClientRect();
  const tries = [];
  for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) tries.push([i / 10, j / 10]);
  tries.sort((a, b) => Math.hypot(a[0] - 0.5, a[1] - 0.5) - Math.hypot(b[0] - 0.5, b[1] - 0.5));
  for (const [fx, fy] of tries) {
    const x = r.left + r.width * fx;
    const y = r.top + r.height * fy;
    if (root.elementFromPoint(x, y) === target) return { x, y };
  }
  return null;
}

/** The map's rendered SVG frame and every style its shadow root applies, for the static "floor" page. */
export function serializeMap() {
  const root = document.querySelector('kratom-law-map').shadowRoot;
  const svg = root.querySelector('svg.map');
  const frame = svg.closest('.map-frame') ?? svg;
  const sheets = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
  const inline = [...root.querySelectorAll('style')].map((s) => s.textContent);
  const views = frame.parentElement?.matches('.views') ? frame.parentElement.className : 'views view-auto';
  return {
    css: [...sheets, ...inline].join('\n'),
    // Lit's markers are comments: a static page has no use for them.
    html: `<div class="${views}">${frame.outerHTML.replace(/<!--[^]*?-->/g, '')}</div>`,
    paths: svg.querySelectorAll('path.region').length,
  };
}
