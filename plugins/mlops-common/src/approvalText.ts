/** SageMaker's model approval statuses as a sentence says them. */
const APPROVAL_TEXT: Record<string, string> = {
  PendingManualApproval: 'pending approval',
  Approved: 'approved',
  Rejected: 'rejected',
};

/**
 * A model version's approval status as a person reads it ("pending approval"); a status SageMaker
 * adds later is shown as it is.
 * @public
 */
export function approvalText(status: string | undefined): string {
  if (!status) return 'unknown';
  return APPROVAL_TEXT[status] ?? status;
}
