import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const cloudTrailS3DataEvents: ComplianceCheck = {
  id: 'cloudtrail-s3-data-events',
  title: 'CloudTrail records S3 data events on the ML buckets',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'Object-level events show who read or wrote which model artifact or captured record.',
  remediation:
    'Add an event selector for AWS::S3::Object on the ML buckets to the trail.',
  controls: { awsConfigRule: 'cloudtrail-s3-dataevents-enabled' },
  evaluate: evidence => {
    const gap = evidence.gaps?.cloudTrail;
    if (gap) return { status: 'error', message: gap };
    const logged = new Set(
      (evidence.cloudTrail?.trails ?? [])
        .filter(t => t.logging)
        .flatMap(t => t.s3DataEventBuckets),
    );
    return evaluateEach(evidence, 'buckets', {
      name: b => b.name,
      passes: b => logged.has('*') || logged.has(b.name),
      failure: 'has no S3 data events in CloudTrail',
    });
  },
};
