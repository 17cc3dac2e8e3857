import { declares, TerraformRule } from '../TerraformRule';

export const flowLogs: TerraformRule = {
  id: 'vpc-flow-logs',
  severity: 'medium',
  title: 'VPC flow logs are on',
  check: model =>
    declares(model, 'aws_flow_log', 'traffic of the ML VPC is not logged'),
};
