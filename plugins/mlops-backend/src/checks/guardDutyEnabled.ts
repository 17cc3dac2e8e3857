import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const guardDutyEnabled: ComplianceCheck = {
  id: 'guardduty-enabled',
  title: 'GuardDuty is on in the account and region',
  principle: 'defense-in-depth',
  severity: 'high',
  description:
    'GuardDuty detects credential misuse and unusual S3 access around the ML workloads.',
  remediation:
    'Enable a GuardDuty detector (aws_guardduty_detector) with S3 protection.',
  controls: {
    awsConfigRule: 'guardduty-enabled-centralized',
    securityHub: 'GuardDuty.1',
  },
  evaluate: evidence => {
    const gap = evidence.gaps?.guardDuty;
    if (gap) return { status: 'error', message: gap };
    if (!evidence.guardDuty)
      return {
        status: 'error',
        message: 'The source gave no GuardDuty evidence',
      };
    return evidence.guardDuty.enabled
      ? { status: 'pass', evidence: evidence.guardDuty }
      : {
          status: 'fail',
          message: 'No enabled GuardDuty detector',
          evidence: evidence.guardDuty,
        };
  },
};
