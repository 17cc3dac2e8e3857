import {
  ApprovalChange,
  Evidence,
  MlopsSource,
  modelCardsOf,
  MlopsTarget,
  ReadOptions,
  SourceOutcome,
} from '@aidlc/plugin-mlops-node';
import { ModelVersion } from '@aidlc/plugin-mlops-common';
import { InputError } from '@backstage/errors';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { DemoFile, demoFileSchema } from './demoFileSchema';
import { driftSeries } from './driftSeries';

/**
 * The embedded default source: serves examples/mlops-demo.yaml as if an AWS account answered.
 * The file is read on every refresh, so edits show up without a restart, and a bad file marks
 * the entities stale with an error naming the field instead of stopping the backend.
 */
export class DemoSource implements MlopsSource {
  readonly id = 'demo';

  private readonly decisions = new Map<string, ApprovalChange>();

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Records a decision on a version of the file, which every later read shows: the whole approval
   * flow works on a laptop. Decisions last until the backend restarts; the file is not written.
   */
  async decideModelVersion(
    target: MlopsTarget,
    change: ApprovalChange,
  ): Promise<boolean> {
    const demo = await this.load();
    const known = demo.entities[target.entityRef]?.models.some(group =>
      group.versions.some(v => v.arn === change.versionArn),
    );
    if (known) this.decisions.set(change.versionArn, change);
    return Boolean(known);
  }

  /** A version of the file with the decision taken on it here, if any. */
  private decided(version: ModelVersion): ModelVersion {
    const change = this.decisions.get(version.arn);
    if (!change) return version;
    const at = change.at.toISOString();
    const approved = change.status === 'Approved';
    return {
      ...version,
      approvalStatus: change.status,
      approvedAt: approved ? at : undefined,
      approvedBy: approved ? change.actor : undefined,
      decision: {
        status: change.status,
        by: change.actor,
        at,
        comment: change.comment,
      },
    };
  }

  async read(
    targets: MlopsTarget[],
    { driftLookbackMs }: ReadOptions,
  ): Promise<SourceOutcome[]> {
    const demo = await this.load();
    const now = this.now();
    return targets.flatMap((target): SourceOutcome[] => {
      const entry = demo.entities[target.entityRef];
      if (!entry) return [];
      const account = demo.accounts[entry.account];
      if (!account) {
        const error = new InputError(
          `${this.file}: entities.${target.entityRef}.account names unknown account "${entry.account}"`,
        );
        return [{ entityRef: target.entityRef, error }];
      }
      const evidence: Evidence = {
        ...account,
        ...entry.evidence,
        ...(entry.evidence.trainingJobs && {
          trainingJobs: entry.evidence.trainingJobs.map(
            ({ daysAgo, ...job }) => ({
              ...job,
              ...(daysAgo !== undefined && {
                createdAt: hoursBefore(now, daysAgo * 24),
              }),
            }),
          ),
        }),
        // The cards of the file's versions, as the AWS source lists those linked to them
        modelCards: modelCardsOf(entry.models),
        ...(entry.pipelines && {
          pipelines: entry.pipelines.map(({ lastExecution, ...pipeline }) => ({
            ...pipeline,
            ...(lastExecution && {
              lastExecution: {
                status: lastExecution.status,
                startedAt: hoursBefore(now, lastExecution.hoursAgo),
              },
            }),
          })),
        }),
        ...(entry.images && {
          images: entry.images.map(({ scan, ...image }) => ({
            ...image,
            ...(scan && {
              scan: {
                status: scan.status,
                severityCounts: scan.severityCounts,
                completedAt: hoursBefore(now, scan.hoursAgo),
              },
            }),
          })),
        }),
      };
      return [
        {
          entityRef: target.entityRef,
          reading: {
            models: entry.models.map(group => ({
              ...group,
              versions: group.versions
                .map(version => this.decided(version))
                .sort((a, b) => b.version - a.version),
            })),
            endpoints: entry.endpoints.map(endpoint => ({
              name: endpoint.name,
              schedules: endpoint.schedules.map(
                ({ lastExecution, ...schedule }) => ({
                  ...schedule,
                  lastExecution: lastExecution && {
                    status: lastExecution.status,
                    violations: lastExecution.violations,
                    ...(lastExecution.violationDetails && {
                      violationDetails: lastExecution.violationDetails,
                    }),
                    scheduledAt: hoursBefore(now, lastExecution.hoursAgo),
                  },
                }),
              ),
              metrics: endpoint.metrics.map(metric =>
                driftSeries(metric, now, driftLookbackMs),
              ),
            })),
            evidence,
          },
        },
      ];
    });
  }

  private async load(): Promise<DemoFile> {
    let data: unknown;
    try {
      data = parse(await readFile(this.file, 'utf8'), { merge: true });
    } catch (error) {
      throw new InputError(`Demo file ${this.file} cannot be read: ${error}`);
    }
    const result = demoFileSchema.safeParse(data);
    if (!result.success) {
      const problems = result.error.issues
        .slice(0, 5)
        .map(issue => `${issue.path.join('.')}: ${issue.message}`);
      throw new InputError(
        `Demo file ${this.file} is invalid: ${problems.join('; ')}`,
      );
    }
    return result.data;
  }
}

/** The ISO time some hours before now: demo timestamps stay as recent as the file says. */
function hoursBefore(now: Date, hours: number): string {
  return new Date(now.getTime() - hours * 3_600_000).toISOString();
}
