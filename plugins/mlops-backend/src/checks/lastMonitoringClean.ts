import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const lastMonitoringClean: ComplianceCheck = {
  id: 'last-monitoring-clean',
  title: 'The last monitoring executions found no violations',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'A violation means the live data or the model quality left the baseline.',
  remediation:
    'Look at the violation report, then retrain on fresh data or update the baseline after review.',
  controls: {},
  evaluate: (_evidence, { endpoints }) => {
    const executed = endpoints.flatMap(e =>
      e.schedules
        .filter(s => s.lastExecution)
        .map(s => ({ endpoint: e.name, schedule: s })),
    );
    if (executed.length === 0)
      return { status: 'not_applicable', message: 'No monitoring executions' };
    const bad = executed.filter(
      ({ schedule }) =>
        schedule.lastExecution!.violations > 0 ||
        schedule.lastExecution!.status === 'Failed',
    );
    return bad.length > 0
      ? {
          status: 'fail',
          resource: bad.map(b => b.schedule.name).join(', '),
          message: bad
            .map(
              b =>
                `${b.schedule.name}: ${b.schedule.lastExecution!.status}, ${
                  b.schedule.lastExecution!.violations
                } violation(s)`,
            )
            .join('; '),
          evidence: bad,
        }
      : {
          status: 'pass',
          resource: executed.map(e => e.schedule.name).join(', '),
          evidence: executed,
        };
  },
};
