import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';

const byStatus: Record<
  string,
  (props: { children?: React.ReactNode }) => JSX.Element
> = {
  Approved: StatusOK,
  PendingManualApproval: StatusPending,
  Rejected: StatusError,
  ok: StatusOK,
  drifting: StatusWarning,
  failing: StatusError,
  unknown: StatusAborted,
  not_monitored: StatusAborted,
  pass: StatusOK,
  fail: StatusError,
  missing_evidence: StatusPending,
  error: StatusWarning,
  not_applicable: StatusAborted,
};

const labels: Record<string, string> = {
  PendingManualApproval: 'Pending approval',
  not_applicable: 'Not applicable',
  not_monitored: 'Not monitored',
  missing_evidence: 'No report submitted',
};

/** A status with the icon and colour core-components give it. */
export function StatusLabel({ status }: { status: string }) {
  const Status = byStatus[status] ?? StatusAborted;
  return <Status>{labels[status] ?? status}</Status>;
}
