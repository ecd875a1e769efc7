// The elements a site owner can embed, in the order the builder's picker
// lists them: the one list the builder (and its test) reads. Child elements
// that only live inside another one (<kratom-faq-item>) are not here.
export const PUBLIC_ELEMENTS = [
  'kratom-law-map',
  'kratom-law-lookup',
  'kratom-status-badge',
  'kratom-shipping-notice',
  'advocacy-group-card',
  'advocacy-group-list',
  'kratom-faq',
  'kratom-disclaimer',
  'kratom-law-updates',
] as const;
export type PublicElement = (typeof PUBLIC_ELEMENTS)[number];
