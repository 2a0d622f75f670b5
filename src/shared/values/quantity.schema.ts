import { z } from 'zod';
import { moneyQualifiers } from './money.schema';

/** A measured output: "over 27,000 base stations", "40 Tbps", "11.2 PB". */
export const quantitySchema = z
  .object({
    value: z.number().finite(),
    unit: z.string().min(1, 'a unit is required (base stations, Tbps, PB, …)'),
    qualifier: z.enum(moneyQualifiers),
    description: z.string(),
  })
  .strict();

export type Quantity = z.infer<typeof quantitySchema>;
