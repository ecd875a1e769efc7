// A Vite plugin that strips the indentation and comments out of Lit's
// css`…`, html`…` and svg`…` templates in our own source. Minifiers leave
// template text alone, and in a Lit element it is a large share of the bytes.
//
// Only whitespace and CSS comments change: runs of white space become one
// space (which is all HTML and CSS ever see of them), in CSS the spaces next
// to { } ; and after , and : go, and in SVG the blanks between elements go.
// Placeholders (${…}) are never touched.

const TAGS = new Set(['css', 'html', 'svg', 'staticHtml']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    // A space after a colon only ever follows a property name (selectors
    // write :hover with nothing before the pseudo-class's name).
    .replace(/:\s+/g, ':');
}

function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[ \t]{2,}/g, ' ');
}

// In SVG, white space between elements draws nothing, and a <text> here holds
// a single value: drop it, so the map has no text nodes of blanks (some 400).
// Blanks between two values go only when they span lines (between elements):
// on one line they may sit in an attribute, as in rotate(45 ${x} ${y}).
function minifySvg(text) {
  if (/^\s*\n\s*$/.test(text)) return '';
  return minifyMarkup(text).replace(/>\s+</g, '><').replace(/^\s+(?=<)/, '').replace(/(?<=>)\s+$/, '');
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key of Object.keys(node)) {
    if (key !== 'parent') walk(node[key], visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'kratom-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const minify = node.tag.name === 'css' ? minifyCss : node.tag.name === 'svg' ? minifySvg : minifyMarkup;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
