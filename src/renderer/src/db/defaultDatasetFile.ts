import { datasetSchema, type Dataset } from '@shared/model/dataset';
import defaultDatasetJson from '../../../../resources/default-dataset.json';

let parsed: Dataset | undefined;

/** The embedded default dataset, validated once by the same schemas as every write. */
export function defaultDataset(): Dataset {
  parsed ??= datasetSchema.parse(defaultDatasetJson);
  return parsed;
}
