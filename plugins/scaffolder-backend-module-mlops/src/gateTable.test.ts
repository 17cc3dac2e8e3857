import { gateTable } from './gateTable';
import { GateReport } from './runPolicyGate';
import { TerraformRule } from './TerraformRule';

const rule = (id: string, severity: TerraformRule['severity']) => ({
  id,
  severity,
  title: `Title of ${id} | with a pipe`,
  check: () => [],
});

describe('gateTable', () => {
  it('lists every control, worst first, with the resources that break it', () => {
    const report = {
      tool: 'mlops:terraform:check',
      passed: false,
      failOn: 'high',
      filesChecked: 3,
      violations: [
        {
          rule: 'bucket-sse-kms',
          severity: 'high',
          resource: 'aws_s3_bucket.data',
          message: 'no KMS',
        },
      ],
    } as unknown as GateReport;
    const table = gateTable(report, [
      rule('vpc-flow-logs', 'medium'),
      rule('bucket-sse-kms', 'high'),
      rule('role-no-admin-policies', 'critical'),
    ]).split('\n');
    expect(table[0]).toBe(
      '3 Terraform files checked, 1 violation(s); fails on high or worse.',
    );
    expect(table.slice(4)).toEqual([
      '| Title of role-no-admin-policies \\| with a pipe | `role-no-admin-policies` | critical | ✓ passed |',
      '| Title of bucket-sse-kms \\| with a pipe | `bucket-sse-kms` | high | ✗ aws_s3_bucket.data |',
      '| Title of vpc-flow-logs \\| with a pipe | `vpc-flow-logs` | medium | ✓ passed |',
    ]);
  });
});
