import { TrackingServerEvidence } from '@aidlc/plugin-mlops-node';
import { ListMlflowTrackingServersCommand } from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';

/** Most tracking servers listed per account and region. */
const MAX_SERVERS = 100;

/** The SageMaker managed MLflow tracking servers of the account and region. */
export async function readTrackingServers(
  clients: AwsClients,
): Promise<TrackingServerEvidence[]> {
  const { TrackingServerSummaries = [] } = await clients.sagemaker.send(
    new ListMlflowTrackingServersCommand({ MaxResults: MAX_SERVERS }),
  );
  return TrackingServerSummaries.filter(s => s.TrackingServerArn).map(s => ({
    name: s.TrackingServerName ?? s.TrackingServerArn!,
    arn: s.TrackingServerArn!,
    status: s.TrackingServerStatus ?? 'Unknown',
  }));
}
