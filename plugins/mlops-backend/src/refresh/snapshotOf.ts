import { worstDriftStatus } from '@aidlc/plugin-mlops-common';
import {
  MlopsTarget,
  SourceReading,
  SubmittedEvidence,
} from '@aidlc/plugin-mlops-node';
import { ComplianceEngine } from '../compliance/ComplianceEngine';
import { describeSeries, driftStatus } from '../compliance/driftStatus';
import { EntityFacts, EntitySnapshot } from '../database/EntitySnapshot';
import { reportSummaries } from '../evidence/reportSummaries';
import { LifecycleEngine } from '../lifecycle/LifecycleEngine';
import { attachDeployments } from './attachDeployments';

/**
 * The snapshot a source's reading makes, with the newest reports the pipeline submitted: drift status
 * per endpoint, the compliance checks, then the lifecycle stages (which reuse the checks' results).
 * Pure: the caller stores it.
 */
export function snapshotOf(
  engines: { engine: ComplianceEngine; lifecycle: LifecycleEngine },
  facts: EntityFacts,
  target: MlopsTarget,
  read: {
    reading: SourceReading;
    submitted: SubmittedEvidence;
    refreshedAt: Date;
  },
): EntitySnapshot {
  const { reading, submitted, refreshedAt } = read;
  const evidence = {
    ...reading.evidence,
    submitted: { ...reading.evidence.submitted, ...submitted },
  };
  const endpoints = reading.endpoints.map(e => ({
    ...e,
    metrics: e.metrics.map(describeSeries),
    status: driftStatus(e),
  }));
  const now = new Date();
  const context = { target, models: reading.models, endpoints };
  const evaluation = engines.engine.evaluate(evidence, context);
  const stages = engines.lifecycle.evaluate(evidence, {
    ...context,
    checks: evaluation.checks,
    now,
  });
  return {
    ...facts,
    profile: evaluation.profile,
    refreshedAt,
    evaluatedAt: now,
    stale: false,
    verdict: evaluation.verdict,
    score: evaluation.score,
    failed: evaluation.failed,
    missingEvidence: evaluation.missingEvidence,
    driftStatus: worstDriftStatus(endpoints.map(e => e.status)),
    models: attachDeployments(reading.models, reading.evidence.endpoints),
    endpoints,
    checks: evaluation.checks,
    evidence,
    reports: reportSummaries(evidence.submitted),
    stages,
  };
}
