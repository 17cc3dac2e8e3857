import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createMockDirectory } from '@backstage/backend-test-utils';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { createTerraformCheckAction } from './terraformCheckAction';

/** The body the mlops evidence route validates, from the backend's OpenAPI spec. */
function evidenceBodySchema() {
  const spec = parse(
    readFileSync(
      resolve(__dirname, '../../mlops-backend/src/schema/openapi.yaml'),
      'utf8',
    ),
  );
  return new Ajv2020({ strict: false }).compile({
    $ref: '#/components/schemas/EvidenceSubmission',
    components: spec.components,
  });
}

const action = createTerraformCheckAction();

/** The action's context, with the defaults the scaffolder fills in from the schema. */
function context(
  workspacePath: string,
  input: {
    path?: string;
    failOn?: 'critical' | 'high' | 'medium' | 'low';
    reportPath?: string;
  } = {},
) {
  return createMockActionContext({
    workspacePath,
    input: {
      failOn: 'high' as const,
      reportPath: 'policy-gate-report.json',
      ...input,
    },
  });
}

const secureKey =
  'resource "aws_kms_key" "data" {\n  enable_key_rotation = true\n}\n';

describe('mlops:terraform:check', () => {
  const workspace = createMockDirectory();

  beforeEach(() => workspace.clear());

  it('writes the report and fails the step on violations at or above failOn', async () => {
    workspace.setContent({
      'infra/kms.tf':
        'resource "aws_kms_key" "data" {\n  enable_key_rotation = false\n}\n',
    });
    const ctx = context(workspace.path, { path: 'infra', failOn: 'high' });
    // The key fails rotation; a lone file also lacks the VPC endpoints, the trail, GuardDuty, the
    // drift alarm and the scanning image repository (all high).
    await expect(action.handler(ctx)).rejects.toThrow(
      'Policy gate failed: 6 violation(s) at high or above: kms-key-rotation (aws_kms_key.data); vpc-endpoints-present',
    );
    const report = JSON.parse(
      workspace.content()!['policy-gate-report.json'] as string,
    );
    expect(report.violations).toContainEqual({
      rule: 'kms-key-rotation',
      severity: 'high',
      resource: 'aws_kms_key.data',
      file: 'kms.tf',
      message: 'aws_kms_key.data does not set enable_key_rotation = true',
    });
    expect(ctx.output).toHaveBeenCalledWith('passed', false);

    // A project's CI posts this file to the evidence route as it is.
    const isEvidenceBody = evidenceBodySchema();
    expect(isEvidenceBody(report)).toBe(true);
  });

  it('passes when what is left is below failOn, and says how many violations there were', async () => {
    workspace.setContent({ 'kms.tf': secureKey });
    const ctx = context(workspace.path, {
      failOn: 'critical',
      reportPath: 'gate.json',
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('passed', true);
    // A lone key lacks the network, audit and monitoring controls: high and medium findings.
    const report = JSON.parse(workspace.content()!['gate.json'] as string);
    expect(report.violations.length).toBeGreaterThan(0);
    expect(
      report.violations.every(
        (v: { severity: string }) => v.severity !== 'critical',
      ),
    ).toBe(true);
    expect(ctx.output).toHaveBeenCalledWith(
      'violations',
      report.violations.length,
    );
  });

  it('names the file that is not valid HCL', async () => {
    workspace.setContent({
      'kms.tf': secureKey,
      'broken.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = \n',
    });
    const ctx = context(workspace.path, {});
    await expect(action.handler(ctx)).rejects.toThrow(
      /^broken\.tf is not valid Terraform \(HCL2\)/,
    );
  });

  it('refuses a workspace without Terraform and a path outside the workspace', async () => {
    workspace.setContent({ 'README.md': '# nothing' });
    await expect(action.handler(context(workspace.path, {}))).rejects.toThrow(
      'No Terraform (.tf) files under .: nothing for the policy gate to check',
    );
    await expect(
      action.handler(context(workspace.path, { path: '../elsewhere' })),
    ).rejects.toThrow(/outside/);
  });
});
