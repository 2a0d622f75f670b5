import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChangeUndoStack } from './changeUndoStack';
import { createDataLayer, type DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { organizationInput } from './testing/sampleInputs';
import { getRecord } from './testing/storedRecord';

let db: SilkLedgerDatabase;
let data: DataLayer;
let stack: ChangeUndoStack;

const openScratchStore = scratchStores('undo-stack');

beforeEach(async () => {
  db = await openScratchStore();
  stack = new ChangeUndoStack();
  data = createDataLayer(db, { actor: () => 'A. Analyst', onCommitted: stack.record });
});

describe('session undo and redo', () => {
  it('undoes the latest change first and redoes it again', async () => {
    const created = await data.create('organizations', organizationInput({ name: 'Tencent' }));
    if (!created.ok) throw new Error(created.error.message);
    await data.update('organizations', created.value.id, { name: 'Tencent Holdings' });

    await stack.undo(data);
    expect((await getRecord(db, 'organizations', created.value.id))?.name).toBe('Tencent');
    await stack.undo(data);
    expect((await getRecord(db, 'organizations', created.value.id))?.deletedAt).not.toBeNull();
    expect(await stack.undo(data)).toBeNull();

    await stack.redo(data);
    expect((await getRecord(db, 'organizations', created.value.id))?.deletedAt).toBeNull();
    await stack.redo(data);
    expect((await getRecord(db, 'organizations', created.value.id))?.name).toBe('Tencent Holdings');
    expect(await stack.redo(data)).toBeNull();
  });

  it('forgets what could be redone once a new change is made', async () => {
    const created = await data.create('organizations', organizationInput({ name: 'Tencent' }));
    if (!created.ok) throw new Error(created.error.message);
    await stack.undo(data);
    await data.create('organizations', organizationInput({ name: 'ZTE' }));
    expect(await stack.redo(data)).toBeNull();
  });
});
