import { importBatchKey } from '@shared/model/settings';
import { useSetting } from '../../db/useSetting';

/** Says which import a change came with ("import of deals.xlsx, sheet Deals"); nothing for other batches. */
export function ImportBatchNote({ batchId }: { batchId: string }) {
  const batch = useSetting(importBatchKey(batchId));
  if (!batch) return null;
  return (
    <>
      {' · import of '}
      <bdi>{batch.fileName}</bdi>
      {batch.sheetName && (
        <>
          , sheet <bdi>{batch.sheetName}</bdi>
        </>
      )}
    </>
  );
}
