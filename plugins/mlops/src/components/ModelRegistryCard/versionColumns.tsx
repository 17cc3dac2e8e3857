import { ModelVersion } from '@aidlc/plugin-mlops-common';
import { TableColumn } from '@backstage/core-components';
import { AwsLink } from '../../aws/AwsLink';
import { consoleUrlOf } from '../../aws/consoleLinks';
import { ModelCardButton } from '../ModelCard/ModelCardButton';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { Timestamp } from '../Timestamp/Timestamp';
import { ServingCell } from './ServingCell';

/** The columns every table of model versions shows: which, its approval, when, where it serves, its card. */
export const versionColumns: Record<
  'version' | 'approval' | 'created' | 'serving' | 'metrics' | 'card',
  TableColumn<ModelVersion>
> = {
  version: {
    title: 'Version',
    field: 'version',
    width: '6%',
    render: v => <AwsLink url={consoleUrlOf(v.arn)}>v{v.version}</AwsLink>,
  },
  approval: {
    title: 'Status',
    field: 'approvalStatus',
    // "Pending approval" wraps between its words, not inside them
    cellStyle: { minWidth: 120, wordBreak: 'normal', overflowWrap: 'normal' },
    render: v => <StatusLabel status={v.approvalStatus} />,
  },
  created: { title: 'Created', render: v => <Timestamp iso={v.createdAt} /> },
  serving: { title: 'Serving', render: v => <ServingCell version={v} /> },
  metrics: {
    title: 'Metrics',
    render: v =>
      Object.entries(v.metrics)
        .map(([name, value]) => `${name} ${value}`)
        .join(' · '),
  },
  card: {
    title: 'Model card',
    render: v => <ModelCardButton version={v} />,
  },
};
