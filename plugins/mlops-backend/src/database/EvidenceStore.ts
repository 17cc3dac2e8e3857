import { SubmittedEvidence } from '@aidlc/plugin-mlops-node';
import { Knex } from 'knex';
import { DatabaseDeadline } from './DatabaseDeadline';
import { toDate } from './snapshotRows';

/** The kinds of report a pipeline posts, and where each goes in the evidence. */
const SECTIONS = {
  'policy-gate': 'policyGate',
  'container-scan': 'containerScan',
} as const;

/** @public */
export type EvidenceKind = keyof typeof SECTIONS;

/** A report as the evidence route accepted it. */
export interface EvidenceReport {
  entityRef: string;
  kind: EvidenceKind;
  tool: string;
  submittedBy: string;
  submittedAt: Date;
  /** One line a person reads in the history */
  summary: string;
  /** The report as posted, without its kind */
  payload: object;
}

/** Every report the projects' pipelines posted; the newest of each kind is what the checks read. */
export class EvidenceStore {
  constructor(
    private readonly db: Knex,
    private readonly deadline: DatabaseDeadline,
  ) {}

  async addReport(tx: Knex.Transaction, report: EvidenceReport) {
    await tx('mlops_evidence_reports').insert({
      entity_ref: report.entityRef,
      kind: report.kind,
      tool: report.tool,
      submitted_by: report.submittedBy,
      submitted_at: report.submittedAt,
      summary: report.summary,
      payload: JSON.stringify(report.payload),
    });
  }

  /** The newest report of each kind, with who sent it and when (the last posted wins a tie). */
  async newest(
    entityRef: string,
    tx: Knex = this.db,
  ): Promise<SubmittedEvidence> {
    const rows = await this.deadline.run(() =>
      this.newestRows(tx, entityRef).select(
        'kind',
        'payload',
        'submitted_at',
        'submitted_by',
      ),
    );
    const submitted: SubmittedEvidence = {};
    for (const row of rows) {
      const section = SECTIONS[row.kind as EvidenceKind];
      if (!section) continue;
      submitted[section] = {
        ...JSON.parse(row.payload),
        submittedAt: toDate(row.submitted_at)!.toISOString(),
        submittedBy: row.submitted_by,
      };
    }
    return submitted;
  }

  /** The newest row of each kind (the last posted wins a tie). */
  private newestRows(db: Knex, entityRef: string) {
    return db('mlops_evidence_reports').whereIn(
      'id',
      db('mlops_evidence_reports')
        .where('entity_ref', entityRef)
        .max('id')
        .groupBy('kind'),
    );
  }

  /** Drops reports older than `olderThan`, except the newest of each kind, which the checks still read. */
  async prune(olderThan: Date): Promise<number> {
    return this.deadline.run(() =>
      this.db('mlops_evidence_reports')
        .where('submitted_at', '<', olderThan)
        .whereNotIn(
          'id',
          this.db('mlops_evidence_reports')
            .max('id')
            .groupBy('entity_ref', 'kind'),
        )
        .delete(),
    );
  }
}
