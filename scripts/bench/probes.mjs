// Code that scripts/bench.mjs runs inside the measured pages. Each function is
// serialised by puppeteer, so it must not use anything from this module's scope.

/**
 * Installed before any page script (evaluateOnNewDocument). Records, on the
 * page's clock (ms since navigation start):
 *   fcp, lcp     - from PerformanceObserver 'paint' and 'largest-contentful-paint';
 *   pathsAt      - the first animation frame in which the map's SVG holds all
 *                  its region paths (cfg.count of cfg.path inside cfg.svg,
 *                  looked up in cfg.host's shadow root, or in the document when
 *                  cfg.host is null) and has a visible, non-empty box;
 *   painted      - that frame's end: a message posted from the frame callback
 *                  runs once the frame's style, layout and paint are done;
 *   drawnAt, drawnPainted - the same for "every element drawn": every tag in
 *                  cfg.tags has a shadow root with content and, once defined,
 *                  has rendered and is not in its :state(loading).
 * `paint` (bench.mjs) = max(painted, fcp); `drawn` = max(drawnPainted, fcp).
 * window.__bench.ready resolves once both are known.
 */
export function installProbe(cfg) {
  const b = {
    fcp: null, lcp: null, pathsAt: null, painted: null, drawnAt: null, drawnPainted: null, frames: 0,
  };
  window.__bench = b;
  let resolveReady;
  b.ready = new Promise((r) => (resolveReady = r));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no observers: fcp and lcp stay null
  }
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
      afterPaint((t) => {
        b.painted = t;
        if (b.drawnPainted !== null) resolveReady();
      });
    }
    if (b.drawnAt === null && b.pathsAt !== null && allDrawn()) {
      b.drawnAt = now;
      afterPaint((t) => {
        b.drawnPainted = t;
        if (b.painted !== null) resolveReady();
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
   * the end of the first frame in which checks[kind](arg) holds.
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
          afterPaint((t) => {
            removeEventListener(startType, onStart, { capture: true });
            resolve({ start, found, painted: t, ms: t - start });
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

/** The fields of window.__bench that are numbers (what Node keeps). */
export function readProbe() {
  const b = window.__bench;
  return Object.fromEntries(Object.entries(b).filter(([, v]) => typeof v === 'number' || v === null));
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
