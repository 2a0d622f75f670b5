import { z } from 'zod';

export const moneyQualifiers = ['exact', 'approximately', 'at-least', 'more-than', 'at-most', 'less-than'] as const;
export type MoneyQualifier = (typeof moneyQualifiers)[number];

export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 4217 currency code such as USD');

/**
 * An amount as the source states it ("approximately USD 700 million" is 700,000,000 USD,
 * approximately), with its value in US dollars and the rate used to get there.
 */
export const moneySchema = z
  .object({
    amount: z.number().finite().nonnegative(),
    currency: currencyCodeSchema,
    qualifier: z.enum(moneyQualifiers),
    usd: z
      .object({
        amount: z.number().finite().nonnegative(),
        /** USD per one unit of the original currency. */
        rate: z.number().finite().positive(),
        rateDate: z.string().nullable(),
        rateSource: z.string().nullable(),
      })
      .strict()
      .nullable(),
  })
  .strict();

export type Money = z.infer<typeof moneySchema>;
