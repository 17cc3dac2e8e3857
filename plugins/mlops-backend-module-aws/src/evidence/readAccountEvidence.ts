import { Evidence, TrailEvidence } from '@aidlc/plugin-mlops-node';
import {
  AdvancedEventSelector,
  DescribeTrailsCommand,
  EventSelector,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import {
  GetDetectorCommand,
  ListDetectorsCommand,
} from '@aws-sdk/client-guardduty';
import { AwsClients } from '../AwsClients';
import { EvidenceGaps, readSection } from '../awsErrors';
import { readTrackingServers } from './readTrackingServers';

/** Evidence that belongs to an account and region rather than to one service. */
export type AccountEvidence = Pick<
  Evidence,
  'cloudTrail' | 'guardDuty' | 'awsConfig' | 'trackingServers'
> & { gaps: EvidenceGaps };

const S3_OBJECT = 'AWS::S3::Object';

/** `arn:aws:s3:::bucket/prefix` → bucket; `arn:aws:s3` or `arn:aws:s3:::` (every bucket) → `*` */
function bucketOf(arn: string): string {
  const bucket = /^arn:aws[a-z-]*:s3:::([^/]+)/.exec(arn)?.[1];
  return bucket ?? '*';
}

/** Buckets whose object-level (data) events a trail records, from basic or advanced event selectors. */
export function s3DataEventBuckets(
  basic: EventSelector[] = [],
  advanced: AdvancedEventSelector[] = [],
): string[] {
  const fromBasic = basic.flatMap(s =>
    (s.DataResources ?? [])
      .filter(r => r.Type === S3_OBJECT)
      .flatMap(r => (r.Values ?? []).map(bucketOf)),
  );
  const fromAdvanced = advanced.flatMap(s => {
    const fields = s.FieldSelectors ?? [];
    const isS3Data = fields.some(
      f => f.Field === 'resources.type' && f.Equals?.includes(S3_OBJECT),
    );
    if (!isS3Data) return [];
    const arns = fields
      .filter(f => f.Field === 'resources.ARN')
      .flatMap(f => [...(f.StartsWith ?? []), ...(f.Equals ?? [])]);
    return arns.length > 0 ? arns.map(bucketOf) : ['*'];
  });
  return [...new Set([...fromBasic, ...fromAdvanced])];
}

async function readTrails(clients: AwsClients): Promise<TrailEvidence[]> {
  const { cloudtrail } = clients;
  const { trailList = [] } = await cloudtrail.send(
    new DescribeTrailsCommand({ includeShadowTrails: true }),
  );
  return Promise.all(
    trailList.map(async trail => {
      // A trail of another home region (a shadow trail) answers to its ARN.
      const id = trail.TrailARN ?? trail.Name!;
      const [status, selectors] = await Promise.all([
        cloudtrail.send(new GetTrailStatusCommand({ Name: id })),
        cloudtrail.send(new GetEventSelectorsCommand({ TrailName: id })),
      ]);
      const evidence: TrailEvidence = {
        name: trail.Name ?? id,
        multiRegion: trail.IsMultiRegionTrail ?? false,
        logFileValidation: trail.LogFileValidationEnabled ?? false,
        logging: status.IsLogging ?? false,
        s3DataEventBuckets: s3DataEventBuckets(
          selectors.EventSelectors,
          selectors.AdvancedEventSelectors,
        ),
      };
      if (trail.KmsKeyId) evidence.kmsKeyId = trail.KmsKeyId;
      return evidence;
    }),
  );
}

async function readGuardDuty(clients: AwsClients) {
  const { DetectorIds = [] } = await clients.guardduty.send(
    new ListDetectorsCommand({}),
  );
  if (DetectorIds.length === 0) return { enabled: false };
  const detector = await clients.guardduty.send(
    new GetDetectorCommand({ DetectorId: DetectorIds[0] }),
  );
  return { enabled: detector.Status === 'ENABLED' };
}

async function readConfigRecorder(clients: AwsClients) {
  const [status, recorders] = await Promise.all([
    clients.configService.send(
      new DescribeConfigurationRecorderStatusCommand({}),
    ),
    clients.configService.send(new DescribeConfigurationRecordersCommand({})),
  ]);
  return {
    recording: (status.ConfigurationRecordersStatus ?? []).some(
      s => s.recording,
    ),
    allResources: (recorders.ConfigurationRecorders ?? []).some(
      r => r.recordingGroup?.allSupported,
    ),
  };
}

/** CloudTrail, GuardDuty, AWS Config and MLflow tracking servers of one account and region; a denied read becomes a gap. */
export async function readAccountEvidence(
  clients: AwsClients,
): Promise<AccountEvidence> {
  const gaps: EvidenceGaps = {};
  const [trails, guardDuty, awsConfig, trackingServers] = await Promise.all([
    readSection(gaps, 'cloudTrail', () => readTrails(clients)),
    readSection(gaps, 'guardDuty', () => readGuardDuty(clients)),
    readSection(gaps, 'awsConfig', () => readConfigRecorder(clients)),
    readSection(gaps, 'trackingServers', () => readTrackingServers(clients)),
  ]);
  return {
    ...(trails ? { cloudTrail: { trails } } : {}),
    ...(guardDuty ? { guardDuty } : {}),
    ...(awsConfig ? { awsConfig } : {}),
    ...(trackingServers ? { trackingServers } : {}),
    gaps,
  };
}
