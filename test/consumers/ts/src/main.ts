import 'kratom-widgets/kratom-status-badge';
import 'kratom-widgets/kratom-law-map';

// Typed by the package's HTMLElementTagNameMap: KratomStatusBadge and KratomLawMap.
const badge = document.querySelector('kratom-status-badge')!;
const map = document.querySelector('kratom-law-map')!;
const place = document.querySelector('#place')!;
const chosen = document.querySelector('#chosen')!;

document.querySelector('#switch')!.addEventListener('click', () => {
  badge.jurisdiction = 'US-AL';
  place.textContent = 'Alabama';
});

// The detail is typed ({ code, record }) with no cast.
map.addEventListener('kratom-jurisdiction-select', (e) => {
  chosen.textContent = `You chose ${e.detail.code} (${e.detail.record.status}).`;
});
