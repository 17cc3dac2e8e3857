import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const configRecorderOn: ComplianceCheck = {
  id: 'config-recorder-on',
  title: 'AWS Config records every resource',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'The configuration history shows when an encryption or network setting changed, and who changed it.',
  remediation:
    'Enable a configuration recorder for all supported resource types and keep it recording.',
  controls: { securityHub: 'Config.1' },
  evaluate: evidence => {
    const gap = evidence.gaps?.awsConfig;
    if (gap) return { status: 'error', message: gap };
    const config = evidence.awsConfig;
    if (!config)
      return {
        status: 'error',
        message: 'The source gave no AWS Config evidence',
      };
    return config.recording && config.allResources
      ? { status: 'pass', evidence: config }
      : {
          status: 'fail',
          message:
            'The configuration recorder is off or records only some resources',
          evidence: config,
        };
  },
};
