import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const policyGatePassed: ComplianceCheck = {
  id: 'policy-gate-passed',
  title: 'Infrastructure passed the policy gate',
  principle: 'everything-as-code',
  severity: 'high',
  description:
    "The project's pipeline checks its Terraform with the policy gate (mlops:terraform:check, Checkov, ...) and posts the report to the portal.",
  remediation:
    'Run the policy gate in CI and POST its report to /api/mlops/entities/{kind}/{namespace}/{name}/evidence; fix the violations it lists.',
  controls: {},
  evaluate: evidence => {
    const report = evidence.submitted?.policyGate;
    if (!report) {
      return {
        status: 'missing_evidence',
        message: 'No policy-gate report was submitted by the pipeline',
      };
    }
    return report.passed
      ? {
          status: 'pass',
          message: `${report.tool} passed at ${report.submittedAt}`,
          evidence: report,
        }
      : {
          status: 'fail',
          resource: report.violations.map(v => v.resource ?? v.rule).join(', '),
          message: `${report.tool} found ${
            report.violations.length
          } violation(s): ${report.violations.map(v => v.rule).join(', ')}`,
          evidence: report,
        };
  },
};
