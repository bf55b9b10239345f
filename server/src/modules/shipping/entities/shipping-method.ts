import { registerEnumType } from 'type-graphql';

/** How a parcel travels; fees and rate cards are set per method. */
export enum ShippingMethod { SURFACE = 'SURFACE', EXPRESS = 'EXPRESS', EMS = 'EMS' }
registerEnumType(ShippingMethod, {
  name: 'ShippingMethod', description: 'Shipping method: surface mail (平邮), express courier (快递) or EMS.',
  valuesConfig: {
    SURFACE: { description: 'Surface mail (平邮): cheapest, slowest.' },
    EXPRESS: { description: 'Express courier (快递).' },
    EMS: { description: 'China Post EMS: reaches remote areas.' },
  },
});
