import { z } from 'zod';

/** What the filter bar can narrow a table by; unset fields do not filter. */
export const recordFilterSchema = z
  .object({
    text: z.string(),
    kind: z.string().optional(),
    status: z.string().optional(),
    sector: z.string().optional(),
    country: z.string().optional(),
    partyId: z.string().optional(),
    yearFrom: z.number().optional(),
    yearTo: z.number().optional(),
    /** Dated to start in this year: how the dashboard counts a deal dated as a range ("2016–2025" is 2016). */
    startYear: z.number().int().optional(),
    /** Records that have no date, or no sector. */
    without: z.enum(['date', 'sector']).optional(),
    /** In US dollars. */
    amountMin: z.number().optional(),
    amountMax: z.number().optional(),
    tag: z.string().optional(),
    author: z.string().optional(),
    annotated: z.enum(['yes', 'no']).optional(),
    showDeleted: z.boolean(),
  })
  .strict();

export type RecordFilter = z.infer<typeof recordFilterSchema>;

/** A table's sorting, column widths and hidden columns, in the shapes TanStack Table keeps them. */
export const tableViewStateSchema = z
  .object({
    sorting: z.array(z.object({ id: z.string().min(1), desc: z.boolean() }).strict()),
    columnSizing: z.record(z.string(), z.number().positive()),
    columnVisibility: z.record(z.string(), z.boolean()),
  })
  .strict();

export type TableViewState = z.infer<typeof tableViewStateSchema>;

/** Text with something other than spaces in it: a name the analyst can tell apart in a list. */
export const visibleNameSchema = z.string().regex(/\S/, 'expected a name');

/** A named table layout with its filters; kept in the store so it travels with backups. */
export const savedViewSchema = z
  .object({
    name: visibleNameSchema,
    filter: recordFilterSchema,
    view: tableViewStateSchema,
  })
  .strict();

export type SavedView = z.infer<typeof savedViewSchema>;

/**
 * A list of named things in which no two share a name, as the menus that list them need: saving
 * under a name already taken replaces the one saved before.
 */
export function uniquelyNamed<Item extends z.ZodType<{ name: string }>>(item: Item) {
  return z.array(item).superRefine((items, context) => {
    const seen = new Set<string>();
    items.forEach(({ name }, index) => {
      if (seen.has(name))
        context.addIssue({ code: 'custom', path: [index, 'name'], message: `the name “${name}” is used twice` });
      seen.add(name);
    });
  });
}

/** The saved views of one table, in the order the menu lists them. */
export const savedViewsSchema = uniquelyNamed(savedViewSchema);
