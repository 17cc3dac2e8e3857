import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dryRun, startScaffolder, writeTree } from './__testUtils__/dryRun';
import { terraformRules } from './rules';
import { runPolicyGate } from './runPolicyGate';

/** For each control: the edit of the rendered Terraform that removes it. */
const REMOVALS: Record<string, { file: string; from: string; to: string }> = {
  'kms-key-rotation': {
    file: 'kms.tf',
    from: 'enable_key_rotation = true',
    to: 'enable_key_rotation = false',
  },
  'bucket-sse-kms': {
    file: 'storage.tf',
    from: 'sse_algorithm     = "aws:kms"',
    to: 'sse_algorithm     = "AES256"',
  },
  'bucket-public-access-block': {
    file: 'storage.tf',
    from: 'restrict_public_buckets = true',
    to: 'restrict_public_buckets = false',
  },
  'bucket-versioning': {
    file: 'storage.tf',
    from: 'status = "Enabled"',
    to: 'status = "Suspended"',
  },
  'bucket-deny-insecure-transport': {
    file: 'storage.tf',
    from: 'values   = ["false"]',
    to: 'values   = ["true"]',
  },
  'bucket-deny-unencrypted-uploads': {
    file: 'storage.tf',
    from: '"s3:x-amz-server-side-encryption"',
    to: '"s3:x-amz-acl"',
  },
  'subnets-no-internet-route': {
    file: 'network.tf',
    from: 'resource "aws_route_table" "private" {',
    to: 'resource "aws_internet_gateway" "igw" {\n  vpc_id = aws_vpc.ml.id\n}\n\nresource "aws_route_table" "private" {',
  },
  'vpc-endpoints-present': {
    file: 'network.tf',
    from: ', "secretsmanager"]',
    to: ']',
  },
  'vpc-flow-logs': {
    file: 'network.tf',
    from: 'resource "aws_flow_log" "ml"',
    to: 'resource "aws_cloudwatch_log_stream" "ml"',
  },
  'model-network-isolation': {
    file: 'sagemaker.tf',
    from: 'enable_network_isolation = true',
    to: 'enable_network_isolation = false',
  },
  'model-in-vpc': {
    file: 'sagemaker.tf',
    from: '  vpc_config {',
    to: '  image_config {',
  },
  'endpoint-config-kms': {
    file: 'sagemaker.tf',
    from: 'kms_key_arn = aws_kms_key.models.arn',
    to: '',
  },
  'data-capture-kms': {
    file: 'sagemaker.tf',
    from: 'kms_key_id                  = aws_kms_key.data.arn',
    to: '',
  },
  'safe-deployment': {
    file: 'sagemaker.tf',
    from: 'auto_rollback_configuration {',
    to: 'rollback_notes {',
  },
  'role-no-wildcards': {
    file: 'iam.tf',
    from: 'actions   = ["kms:Decrypt"]',
    to: 'actions   = ["kms:*"]',
  },
  'role-no-admin-policies': {
    file: 'iam.tf',
    from: '# VPC flow logs deliver to their log group.',
    to: 'resource "aws_iam_role_policy_attachment" "admin" {\n  role       = aws_iam_role.training.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
  },
  'cloudtrail-multi-region': {
    file: 'audit.tf',
    from: 'is_multi_region_trail      = true',
    to: 'is_multi_region_trail      = false',
  },
  'cloudtrail-log-file-validation': {
    file: 'audit.tf',
    from: 'enable_log_file_validation = true',
    to: 'enable_log_file_validation = false',
  },
  'cloudtrail-s3-data-events': {
    file: 'audit.tf',
    from: '"AWS::S3::Object"',
    to: '"AWS::Lambda::Function"',
  },
  'config-recorder-on': {
    file: 'audit.tf',
    from: 'resource "aws_config_configuration_recorder" "ml"',
    to: 'resource "aws_config_conformance_pack" "ml"',
  },
  'guardduty-enabled': {
    file: 'audit.tf',
    from: 'enable                       = true',
    to: 'enable                       = false',
  },
  'drift-monitoring-in-place': {
    file: 'monitoring.tf',
    from: '"feature_baseline_drift_max"',
    to: '"Invocations"',
  },
  'security-groups-minimal': {
    file: 'network.tf',
    from: 'protocol    = "tcp"\n    cidr_blocks = [var.vpc_cidr]\n  }\n}\n\nresource "aws_vpc_endpoint"',
    to: 'protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n\nresource "aws_vpc_endpoint"',
  },
  'no-plaintext-secrets': {
    file: 'sagemaker.tf',
    from: 'model_package_name = var.model_package_arn\n',
    to: 'model_package_name = var.model_package_arn\n    environment = {\n      HF_TOKEN = "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ"\n    }\n',
  },
  'image-scan-clean': {
    file: 'ecr.tf',
    from: 'scan_on_push = true',
    to: 'scan_on_push = false',
  },
  'inference-api-validates-requests': {
    file: 'api.tf',
    from: 'request_validator_id = aws_api_gateway_request_validator.body.id',
    to: 'request_validator_id = null',
  },
  'inference-api-rate-limited': {
    file: 'api.tf',
    from: 'throttling_rate_limit  = var.api_rate_limit',
    to: 'throttling_rate_limit  = 0',
  },
  'model-artifacts-read-restricted': {
    file: 'storage.tf',
    from: 'test     = "ArnNotEquals"',
    to: 'test     = "ArnEquals"',
  },
};

describe('each control of the rendered Terraform', () => {
  let rendered: string;

  beforeAll(async () => {
    const response = await dryRun(await startScaffolder());
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    rendered = join(writeTree(response.body.directoryContents), 'terraform');
  }, 60_000);

  it('has a removal for every rule', () => {
    expect(Object.keys(REMOVALS).sort()).toEqual(
      terraformRules.map(r => r.id).sort(),
    );
  });

  it.each(Object.entries(REMOVALS))(
    'without %s, the gate fails with that rule',
    async (rule, { file, from, to }) => {
      const dir = mkdtempSync(join(tmpdir(), 'gate-'));
      cpSync(rendered, dir, { recursive: true });
      const original = readFileSync(join(dir, file), 'utf8');
      expect(original).toContain(from);
      writeFileSync(join(dir, file), original.replace(from, to));

      const report = await runPolicyGate(dir, 'low');
      expect(report.passed).toBe(false);
      expect(report.violations.map(v => v.rule)).toContain(rule);
    },
  );
});
