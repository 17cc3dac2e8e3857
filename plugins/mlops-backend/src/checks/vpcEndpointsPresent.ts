import { REQUIRED_VPC_ENDPOINT_SERVICES } from '@aidlc/plugin-mlops-common';
import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const vpcEndpointsPresent: ComplianceCheck = {
  id: 'vpc-endpoints-present',
  title: 'VPC endpoints for every AWS service the models use',
  principle: 'network-isolation',
  severity: 'high',
  description:
    'Without VPC endpoints, private subnets need a NAT gateway to reach AWS APIs, which opens a path to the internet.',
  remediation: `Create interface endpoints (${REQUIRED_VPC_ENDPOINT_SERVICES.filter(
    s => s !== 's3',
  ).join(', ')}) and the S3 gateway endpoint in the model's VPC.`,
  controls: {},
  evaluate: evidence => {
    const gap = evidence.gaps?.vpcEndpoints;
    if (gap) return { status: 'error', message: gap };
    const vpcs = evidence.vpcEndpoints ?? [];
    if (vpcs.length === 0) {
      return { status: 'not_applicable', message: 'No VPC to check' };
    }
    const missing = vpcs
      .map(vpc => ({
        vpcId: vpc.vpcId,
        missing: REQUIRED_VPC_ENDPOINT_SERVICES.filter(
          service =>
            !vpc.services.some(s => s === service || s.endsWith(`.${service}`)),
        ),
      }))
      .filter(vpc => vpc.missing.length > 0);
    if (missing.length > 0) {
      return {
        status: 'fail',
        resource: missing.map(v => v.vpcId).join(', '),
        message: missing
          .map(v => `${v.vpcId} has no endpoint for ${v.missing.join(', ')}`)
          .join('; '),
        evidence: vpcs,
      };
    }
    return {
      status: 'pass',
      resource: vpcs.map(v => v.vpcId).join(', '),
      evidence: vpcs,
    };
  },
};
