import { ComplianceCheck } from '@aidlc/plugin-mlops-node';
import { evaluateTrails } from './evaluateTrails';

export const cloudTrailMultiRegion: ComplianceCheck = {
  id: 'cloudtrail-multi-region',
  title: 'A multi-region CloudTrail trail is logging',
  principle: 'defense-in-depth',
  severity: 'high',
  description:
    'Every API call on the account, in every region, is recorded for investigation.',
  remediation:
    'Create a multi-region trail (is_multi_region_trail = true) and keep it logging.',
  controls: {
    awsConfigRule: 'multi-region-cloudtrail-enabled',
    securityHub: 'CloudTrail.1',
    checkov: 'CKV_AWS_67',
  },
  evaluate: evidence =>
    evaluateTrails(
      evidence,
      t => t.multiRegion && t.logging,
      'no multi-region trail is logging',
    ),
};
