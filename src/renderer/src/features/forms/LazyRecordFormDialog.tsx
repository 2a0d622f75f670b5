import { lazy } from 'react';

/**
 * The record form, loaded when a form is first opened: it brings react-hook-form and every table's
 * fields, and every module the window loads at start is compiled and run before it reads the store.
 */
export const LazyRecordFormDialog = lazy(() =>
  import('./RecordFormDialog').then((module) => ({ default: module.RecordFormDialog })),
);
