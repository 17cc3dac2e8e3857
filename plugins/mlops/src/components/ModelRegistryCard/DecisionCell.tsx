import {
  ApprovalRequest,
  isRegistrar,
  ModelVersion,
} from '@aidlc/plugin-mlops-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { Timestamp } from '../Timestamp/Timestamp';
import { DecisionDialog } from './DecisionDialog';

/** What the approve and reject buttons need to know about the signed-in user. */
export interface Decider {
  allowed: boolean;
  checking: boolean;
  userRef?: string;
  /** Who may decide, for the reason of a disabled button */
  approvers: string;
  decide: (request: ApprovalRequest) => Promise<void>;
}

/** A Backstage user ref as a link; an AWS identity by its last part (the session or profile). */
function Who({ by }: { by: string }) {
  return /^[a-z]+:[^:]/i.test(by) && !by.startsWith('arn:') ? (
    <EntityRefLink entityRef={by} defaultKind="user" />
  ) : (
    <>{by.split('/').pop()}</>
  );
}

/** The last decision on a version (who, when, why), and the buttons that change it. */
export function DecisionCell({
  version,
  decider,
}: {
  version: ModelVersion;
  decider: Decider;
}) {
  const [asking, setAsking] = useState<ApprovalRequest['status']>();
  // Sources that know no decision still say who approved.
  const decision =
    version.decision ??
    (version.approvedBy
      ? { status: 'Approved', by: version.approvedBy, at: version.approvedAt }
      : undefined);
  const registrar =
    decider.userRef !== undefined &&
    isRegistrar(version.registeredBy, decider.userRef);
  const reason = registrar
    ? 'You registered this version: another approver must decide on it'
    : !decider.allowed &&
      `Only ${decider.approvers} can approve or reject these versions`;
  const choices = (['Approved', 'Rejected'] as const).filter(
    s => s !== version.approvalStatus,
  );
  return (
    <Box>
      {decision && (
        <Typography variant="body2">
          {decision.status} by {decision.by ? <Who by={decision.by} /> : '—'}
          {decision.at && (
            <>
              {' '}
              on <Timestamp iso={decision.at} />
            </>
          )}
          {'comment' in decision && decision.comment && (
            <>
              : <em>{decision.comment}</em>
            </>
          )}
        </Typography>
      )}
      <Box display="flex" style={{ gap: 8 }} mt={decision ? 1 : 0}>
        {choices.map(status => {
          const button = (
            <Button
              size="small"
              variant="outlined"
              disabled={decider.checking || Boolean(reason)}
              onClick={() => setAsking(status)}
              style={{ whiteSpace: 'nowrap' }}
            >
              {status === 'Approved' ? 'Approve' : 'Reject'}
            </Button>
          );
          return reason ? (
            <Tooltip key={status} title={reason}>
              {/* A disabled button gets no pointer events: the span carries the tooltip. */}
              <span>{button}</span>
            </Tooltip>
          ) : (
            <span key={status}>{button}</span>
          );
        })}
      </Box>
      {asking && (
        <DecisionDialog
          version={version}
          status={asking}
          onDecide={decider.decide}
          onClose={() => setAsking(undefined)}
        />
      )}
    </Box>
  );
}
