import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invokeChannels } from './channels';
import { invokeArgumentSchemas } from './contract';
import { invokeNames, validInvokeArguments } from './invokeArguments.testHelpers';

/** Every key of an object schema, including keys of nested objects, as dotted paths. */
function argumentKeys(schema: z.ZodType, prefix = ''): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, inner]) => [
    `${prefix}${key}`,
    ...argumentKeys(inner, `${prefix}${key}.`),
  ]);
}

describe('invoke argument schemas', () => {
  it('cover every invoke channel', () => {
    expect(Object.keys(invokeArgumentSchemas).sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  it('accept the well-formed call of every channel', () => {
    for (const name of invokeNames) {
      expect(invokeArgumentSchemas[name].safeParse(validInvokeArguments[name]).success, name).toBe(true);
    }
  });

  it('have no argument that names a place on disk: main picks paths in its own dialogs', () => {
    const keys = invokeNames.flatMap((name) => argumentKeys(invokeArgumentSchemas[name]).map((key) => `${name}: ${key}`));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => /path|dir|folder|location|url/i.test(key))).toEqual([]);
  });

  it.each(invokeNames)('%s refuses an extra path, or any other unknown key', (name) => {
    const schema = invokeArgumentSchemas[name];
    for (const extra of [{ path: '/etc/passwd' }, { filePath: 'C:\\Users\\analyst\\store.xlsx' }, { folder: '..' }]) {
      const parsed = schema.safeParse({ ...validInvokeArguments[name], ...extra });
      expect(parsed.success, `${name} with ${Object.keys(extra)[0]}`).toBe(false);
    }
  });

  it('takes file names, never paths, where the renderer suggests a name', () => {
    const { saveExport } = invokeArgumentSchemas;
    for (const suggestedName of ['../report.xlsx', '/tmp/report.xlsx', 'C:\\report.xlsx', 'sub/report.xlsx', '..', 'a\0b']) {
      expect(saveExport.safeParse({ ...validInvokeArguments.saveExport, suggestedName }).success, suggestedName).toBe(false);
    }
  });
});
