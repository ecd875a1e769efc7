import { deepFreeze } from './freeze.js';
import type { LocalizedText, Status } from './types.js';
import { ADULT_SALE, STATUS_LABEL, STATUS_ORDER, type AdultSale } from './status-labels.js';

export { STATUS_ORDER, type AdultSale };

export interface StatusInfo {
  readonly status: Status;
  readonly label: LocalizedText;
  /** One sentence on what the status means. */
  readonly description: LocalizedText;
  readonly adultSale: AdultSale;
  /** The custom property that colours this status in the elements. */
  readonly token: `--kratom-status-${Status}`;
}

const DESCRIPTION: Record<Status, { description: LocalizedText }> = {
  banned: {
    description: {
      en: 'Kratom or its main alkaloids are controlled substances here: possessing or selling it is an offence.',
      fr: 'Le kratom ou ses principaux alcaloïdes y sont des substances contrôlées : en posséder ou en vendre est une infraction.',
      es: 'El kratom o sus principales alcaloides son sustancias controladas aquí: poseerlo o venderlo es un delito.',
    },
  },
  'sale-prohibited': {
    description: {
      en: 'Kratom is not a controlled substance, but the health regulator treats kratom sold for consumption as unlawful and seizes it.',
      fr: 'Le kratom n’est pas une substance contrôlée, mais l’autorité sanitaire considère illégale sa vente pour la consommation et saisit les produits.',
      es: 'El kratom no es una sustancia controlada, pero la autoridad sanitaria considera ilegal su venta para el consumo y decomisa los productos.',
    },
  },
  'restricted-7oh': {
    description: {
      en: 'The leaf is not banned and there is no kratom consumer law, but 7-OH or other derivatives are controlled; in some places it is unclear whether the leaf is covered too.',
      fr: 'La feuille n’est pas interdite et il n’y a pas de loi sur le kratom, mais la 7-OH ou d’autres dérivés sont contrôlés; à certains endroits, on ignore si la feuille est aussi visée.',
      es: 'La hoja no está prohibida y no hay una ley de consumo de kratom, pero la 7-OH u otros derivados están controlados; en algunos lugares no está claro si la hoja también está incluida.',
    },
  },
  regulated: {
    description: {
      en: 'Adults may buy kratom under a consumer protection law that sets a minimum age and rules such as labelling, testing or limits on 7-OH.',
      fr: 'Les adultes peuvent acheter du kratom en vertu d’une loi de protection des consommateurs qui fixe un âge minimum et des règles comme l’étiquetage, les analyses ou des limites de 7-OH.',
      es: 'Los adultos pueden comprar kratom bajo una ley de protección al consumidor que fija una edad mínima y reglas como el etiquetado, los análisis o límites de 7-OH.',
    },
  },
  'age-limit-only': {
    description: {
      en: 'The only jurisdiction-wide rule is a minimum age to buy kratom; there are no product standards.',
      fr: 'La seule règle applicable partout est un âge minimum pour acheter du kratom; il n’y a pas de normes sur les produits.',
      es: 'La única regla en todo el territorio es una edad mínima para comprar kratom; no hay normas sobre los productos.',
    },
  },
  'legal-unregulated': {
    description: {
      en: 'No jurisdiction-wide kratom law was found; federal rules still apply, and cities or counties may have their own.',
      fr: 'Aucune loi sur le kratom applicable partout n’a été trouvée; les règles fédérales s’appliquent quand même, et des villes ou des comtés peuvent avoir les leurs.',
      es: 'No se encontró ninguna ley sobre el kratom para todo el territorio; las normas federales se siguen aplicando, y las ciudades o los condados pueden tener las suyas.',
    },
  },
  unknown: {
    description: {
      en: 'We found too little information to say what the rules are.',
      fr: 'Nous avons trouvé trop peu d’information pour dire quelles sont les règles.',
      es: 'Encontramos muy poca información para decir cuáles son las reglas.',
    },
  },
};

/** Label, description, adult-sale meaning and theme token of every status, in STATUS_ORDER; frozen, with everything in it. */
export const STATUSES: readonly StatusInfo[] = deepFreeze(
  STATUS_ORDER.map((status) => ({
    status,
    token: `--kratom-status-${status}` as const,
    label: STATUS_LABEL[status],
    adultSale: ADULT_SALE[status],
    ...DESCRIPTION[status],
  })),
);

/** Metadata of one status (frozen); undefined for anything that is not a status. */
export function statusInfo(status: unknown): StatusInfo | undefined {
  return STATUSES.find((s) => s.status === status);
}
