// What the builder offers for each element, read from custom-elements.json:
// one form control per attribute, chosen by the attribute's type, with the
// description as help text. The choices that the manifest cannot give (the
// jurisdiction codes, the organisations, the FAQ ids, the statuses) come from
// the library's data API.
import { briefs, faq, groups, GROUP_KINDS, normalizeCode, STATUSES, type JurisdictionBrief } from '../../src/data/index.js';
import { PUBLIC_ELEMENTS, type PublicElement } from './elements.js';
import type { MessageKey } from './i18n.js';

/** Set by the builder's own controls, not among an element's fields. */
const HANDLED_ELSEWHERE = new Set(['theme']);

/** What went wrong with a value: a message key and what fills it in. */
export interface Problem {
  key: MessageKey;
  values?: Record<string, string>;
}

export interface Choice {
  value: string;
  label: string;
  /** Groups choices in the select (the country, for jurisdictions). */
  group?: string;
}

export type Control =
  | { kind: 'checkbox' }
  | { kind: 'select'; choices: Choice[]; empty: 'default' | 'none' | 'own-group' }
  | { kind: 'text'; list?: Choice[]; numeric?: boolean; check?: (value: string, others: Record<string, string>) => Problem | undefined };

export interface AttributeModel {
  name: string;
  description: string;
  /** The default as a site owner would write it, when the manifest gives a literal one. */
  defaultValue?: string;
  control: Control;
}

export interface ElementModel {
  tag: PublicElement;
  summary: string;
  attributes: AttributeModel[];
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** `'a' | 'b'` → ['a', 'b']; undefined unless the type is a union of string literals only. */
export function literalUnion(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim());
  const literal = /^'([^'\\]*)'$|^"([^"\\]*)"$/;
  if (parts.length < 2 || !parts.every((part) => literal.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The manifest's default as an attribute value: `'full'` → full, `2` → 2; nothing for '' or a constant's name. */
function literalDefault(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const quoted = /^'([^']+)'$|^"([^"]+)"$/.exec(text.trim());
  if (quoted) return quoted[1] ?? quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return text.trim();
  return undefined;
}

/** The space-separated words a description allows: "any of `a b c`". */
function tokensFromDescription(description: string): string[] | undefined {
  const match = /any of `([^`]+)`/.exec(description);
  return match ? match[1].split(/\s+/).filter(Boolean) : undefined;
}

const JURISDICTION_ATTRIBUTES = new Set(['jurisdiction', 'destination', 'selected']);

function byName(language: string) {
  return (a: JurisdictionBrief, b: JurisdictionBrief) =>
    (a.name[language as 'en'] ?? a.name.en).localeCompare(b.name[language as 'en'] ?? b.name.en, language);
}

/** Every jurisdiction, federal first, then by name in the UI language. */
export function jurisdictionChoices(language: string): Choice[] {
  const list = [...briefs()];
  const federal = list.filter((b) => b.kind === 'federal');
  const rest = list.filter((b) => b.kind !== 'federal').sort(byName(language));
  return [...federal, ...rest].map((b) => ({
    value: b.code,
    label: `${b.name[language as 'en'] ?? b.name.en} (${b.code})`,
    group: b.kind === 'federal' ? 'federal' : b.country,
  }));
}

const isJurisdiction = (token: string, country: string | undefined) => {
  const code = normalizeCode(token, country);
  return !!code && briefs().some((b) => b.code === code);
};

function checkTokens(allowed: readonly string[]) {
  return (value: string): Problem | undefined => {
    const wrong = value.split(/\s+/).filter(Boolean).find((token) => !allowed.includes(token.toLowerCase()));
    return wrong === undefined ? undefined : { key: 'errToken', values: { value: wrong, allowed: allowed.join(', ') } };
  };
}

const checkDate = (value: string): Problem | undefined => {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (match) {
    const [, year, month = '01', day = '01'] = match;
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`)) return undefined;
  }
  return { key: 'errDate' };
};

/** The control for one attribute: by name where the data API knows the values, else by type. */
function controlFor(tag: PublicElement, attribute: ManifestAttribute, language: string, others: Map<string, string[]>): Control {
  const type = attribute.type?.text ?? 'string';
  const description = attribute.description ?? '';
  const literals = literalUnion(type);
  if (literals) return { kind: 'select', choices: literals.map((value) => ({ value, label: value })), empty: 'default' };
  if (type === 'boolean') return { kind: 'checkbox' };

  const name = attribute.name;
  if (JURISDICTION_ATTRIBUTES.has(name)) {
    const choices = jurisdictionChoices(language);
    if (!/space-separated/i.test(description)) return { kind: 'select', choices, empty: 'none' };
    // Several codes at once: a text field that suggests codes and checks each one.
    return {
      kind: 'text',
      list: choices,
      check: (value, values) => {
        const wrong = value.split(/\s+/).filter(Boolean).find((token) => !isJurisdiction(token, values.country));
        return wrong === undefined ? undefined : { key: 'errJurisdiction', values: { value: wrong } };
      },
    };
  }
  if (name === 'group') {
    const choices = groups().map((g) => ({ value: g.id, label: `${g.name} (${g.id})` }));
    return { kind: 'select', choices, empty: 'own-group' };
  }
  // Plain strings whose values another element's union spells out.
  if (tag === 'advocacy-group-list' && name === 'variant' && others.has('advocacy-group-card:variant')) {
    return { kind: 'select', choices: others.get('advocacy-group-card:variant')!.map((value) => ({ value, label: value })), empty: 'default' };
  }
  if (tag === 'kratom-law-updates' && name === 'country' && others.has('kratom-law-lookup:country')) {
    return { kind: 'select', choices: others.get('kratom-law-lookup:country')!.map((value) => ({ value, label: value })), empty: 'default' };
  }
  if (tag === 'advocacy-group-card' && name === 'country' && others.has('advocacy-group-list:country')) {
    const values = others.get('advocacy-group-list:country')!.filter((value) => value !== 'all');
    return { kind: 'select', choices: values.map((value) => ({ value, label: value })), empty: 'none' };
  }
  if (tag === 'advocacy-group-card' && name === 'kind') {
    return { kind: 'select', choices: GROUP_KINDS.map((value) => ({ value, label: value })), empty: 'none' };
  }

  if (name === 'heading-level') {
    return { kind: 'text', numeric: true, check: (value) => (/^[1-6]$/.test(value.trim()) ? undefined : { key: 'errHeadingLevel' }) };
  }
  if (name === 'limit') {
    return { kind: 'text', numeric: true, check: (value) => (/^[1-9]\d*$/.test(value.trim()) ? undefined : { key: 'errPositive' }) };
  }
  if (name === 'date' || name === 'since') return { kind: 'text', check: checkDate };
  if (name === 'website') {
    return { kind: 'text', check: (value) => (/^https:\/\/[^\s/]+\.[^\s]+$/i.test(value.trim()) ? undefined : { key: 'errHttps' }) };
  }
  if (name === 'statuses') return { kind: 'text', check: checkTokens(STATUSES.map((s) => s.status)) };
  if (name === 'ids') return { kind: 'text', check: checkTokens(faq().map((entry) => entry.id)) };
  if (name === 'filters') return { kind: 'text', check: checkTokens(['country', 'kind']) };
  const tokens = tokensFromDescription(description);
  if (tokens) return { kind: 'text', check: checkTokens(tokens) };
  // Free text (a name, a heading): anything but markup.
  return { kind: 'text', check: (value) => (/[<>]/.test(value) ? { key: 'errQuote' } : undefined) };
}

/** The builder's model of every public element, from the manifest. */
export function elementModels(manifest: Manifest, language: string): ElementModel[] {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  // Each element's literal unions, for the plain string attributes that mirror them.
  const unions = new Map<string, string[]>();
  for (const d of declarations) {
    for (const a of d.attributes ?? []) {
      const values = literalUnion(a.type?.text);
      if (values) unions.set(`${d.tagName}:${a.name}`, values);
    }
  }
  return PUBLIC_ELEMENTS.map((tag) => {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
    return {
      tag,
      summary: declaration.summary ?? '',
      attributes: (declaration.attributes ?? [])
        .filter((a) => !HANDLED_ELSEWHERE.has(a.name))
        .map((a) => ({
          name: a.name,
          description: (a.description ?? '').replace(/\s*\n\s*/g, ' '),
          defaultValue: literalDefault(a.default),
          control: controlFor(tag, a, language, unions),
        })),
    };
  });
}
