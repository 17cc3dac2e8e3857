import { REQUIRED_VPC_ENDPOINT_SERVICES } from '@aidlc/plugin-mlops-common';
import { TerraformRule } from '../TerraformRule';

/** What the portal's compliance check asks for, and Secrets Manager, which the skeleton's jobs use. */
export const REQUIRED_SERVICES = [
  ...REQUIRED_VPC_ENDPOINT_SERVICES,
  'secretsmanager',
];

export const vpcEndpoints: TerraformRule = {
  id: 'vpc-endpoints-present',
  severity: 'high',
  title: 'VPC endpoints for every AWS service the pipeline calls',
  check: model => {
    const names = model.resources('aws_vpc_endpoint').flatMap(e => {
      const service = String(e.body.service_name ?? '');
      // `service_name = "com.amazonaws.${var.region}.${each.value}"` with a literal for_each list
      if (/\$\{each\.(value|key)\}$/.test(service)) {
        return [
          ...String(e.body.for_each ?? '').matchAll(/"([a-z0-9.-]+)"/g),
        ].map(m => m[1]);
      }
      return [service.split('}.').pop() ?? service];
    });
    const missing = REQUIRED_SERVICES.filter(
      s => !names.some(n => n === s || n.endsWith(`.${s}`)),
    );
    return missing.length > 0
      ? [{ message: `No aws_vpc_endpoint for ${missing.join(', ')}` }]
      : [];
  },
};
