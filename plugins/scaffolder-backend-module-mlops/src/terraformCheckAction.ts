import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { writeFile } from 'node:fs/promises';
import { gateTable } from './gateTable';
import { terraformRules } from './rules';
import { atLeast, runPolicyGate } from './runPolicyGate';
import { SEVERITIES } from '@aidlc/plugin-mlops-common';

/**
 * `mlops:terraform:check`: the policy gate of the secure ML pipeline. Parses every `.tf` file of the
 * workspace (or of `path` in it), checks the controls, writes a JSON report and fails the step on
 * violations at or above `failOn`. Read-only, so it runs in dry runs too.
 * @public
 */
export function createTerraformCheckAction() {
  return createTemplateAction({
    id: 'mlops:terraform:check',
    description:
      'Checks the Terraform of the workspace against the secure ML pipeline controls (KMS, private network, VPC endpoints, S3, IAM, audit, monitoring) and fails on violations.',
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .optional()
            .describe(
              'Folder of the workspace with the Terraform (default: the whole workspace)',
            ),
        failOn: z =>
          z
            .enum(SEVERITIES)
            .default('high')
            .describe('Fail on violations of this severity or worse'),
        reportPath: z =>
          z
            .string()
            .default('policy-gate-report.json')
            .describe('Where in the workspace to write the report'),
      },
      output: {
        passed: z => z.boolean(),
        violations: z =>
          z.number().describe('Number of violations of any severity'),
        reportPath: z => z.string(),
        table: z =>
          z
            .string()
            .describe(
              'The report as a Markdown table: every control and its result',
            ),
      },
    },
    async handler(ctx) {
      const {
        path = '.',
        failOn = 'high',
        reportPath = 'policy-gate-report.json',
      } = ctx.input;
      const dir = resolveSafeChildPath(ctx.workspacePath, path);
      const report = await runPolicyGate(dir, failOn);
      if (report.filesChecked === 0) {
        throw new InputError(
          `No Terraform (.tf) files under ${path}: nothing for the policy gate to check`,
        );
      }
      await writeFile(
        resolveSafeChildPath(ctx.workspacePath, reportPath),
        `${JSON.stringify(report, null, 2)}\n`,
      );
      for (const v of report.violations) {
        ctx.logger.warn(
          `[${v.severity}] ${v.rule}: ${v.message}${
            v.file ? ` (${v.file})` : ''
          }`,
        );
      }
      ctx.output('passed', report.passed);
      ctx.output('violations', report.violations.length);
      ctx.output('reportPath', reportPath);
      ctx.output('table', gateTable(report, terraformRules));
      if (!report.passed) {
        const blocking = report.violations.filter(v =>
          atLeast(v.severity, failOn),
        );
        throw new InputError(
          `Policy gate failed: ${
            blocking.length
          } violation(s) at ${failOn} or above: ${blocking
            .map(v => `${v.rule} (${v.resource ?? v.message})`)
            .join('; ')}`,
        );
      }
      ctx.logger.info(
        `Policy gate passed: ${report.filesChecked} files, ${report.violations.length} violation(s) below ${failOn}`,
      );
    },
  });
}
