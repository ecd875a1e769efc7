// Small statistics and formatting helpers for scripts/bench.mjs.

/** The q-quantile (0..1) of numbers, linear between order statistics; null for none. */
export function quantile(values, q) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const at = (xs.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}

/** Median and quartiles of the finite numbers in `values` (n = how many there were). */
export function summary(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return { n: xs.length, median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), min: quantile(xs, 0), max: quantile(xs, 1) };
}

/** Per-rep ratios a[i] / b[i] (runs that were made side by side), as a summary. */
export function pairedRatio(a, b) {
  const n = Math.min(a.length, b.length);
  const ratios = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(a[i]) && Number.isFinite(b[i]) && b[i] > 0) ratios.push(a[i] / b[i]);
  return summary(ratios);
}

const fixed = (x, digits) => (x === null || x === undefined ? '–' : x.toFixed(digits));

/** "123 (110–140)": median and quartiles, in `digits` decimals. */
export function fmtSummary(s, digits = 0) {
  if (!s || s.median === null) return '–';
  return `${fixed(s.median, digits)} (${fixed(s.q1, digits)}–${fixed(s.q3, digits)})`;
}

export const kB = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
export const MB = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(2)} MB`);

/** A plain-text table: columns padded, numbers (anything starting with a digit or –) right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const numeric = header.map((_, i) => i > 0 && rows.every((r) => /^[\d–(.×-]/.test(String(r[i] ?? '–'))));
  const line = (r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
