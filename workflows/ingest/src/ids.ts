// Names shared by the workflows and their clients, kept out of workflows.ts so
// clients need not load workflow code. Defined in @liaison/temporal-client's
// import-free sync-types module, which the workflow bundle can take.
export { PROGRESS_QUERY, SYNC_CANNOT_START, syncWorkflowId, type Progress } from '@liaison/temporal-client/sync-types';
