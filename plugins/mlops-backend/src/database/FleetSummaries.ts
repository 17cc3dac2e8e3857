import {
  FleetSummary,
  OwnerSummary,
  VERDICTS,
  VerdictCounts,
} from '@aidlc/plugin-mlops-common';
import { Knex } from 'knex';
import { DatabaseDeadline } from './DatabaseDeadline';
import { applyEntityFilter, EntityFilter } from './entityFilter';

/** Failing checks the fleet summary names. */
const TOP_CHECKS = 5;

/** Entities per verdict, as sums a grouped or whole-table select can hold. */
function verdictSums(sum: (condition: string) => Knex.Raw) {
  return Object.fromEntries(
    VERDICTS.map((verdict, rank) => [verdict, sum(`verdict_rank = ${rank}`)]),
  );
}

function verdictCounts(row: Record<string, unknown>): VerdictCounts {
  return Object.fromEntries(
    VERDICTS.map(verdict => [verdict, Number(row[verdict] ?? 0)]),
  ) as VerdictCounts;
}

/** The fleet at a glance and per owner, over the entities the caller may read. */
export class FleetSummaries {
  constructor(
    private readonly db: Knex,
    private readonly deadline: DatabaseDeadline,
  ) {}

  /**
   * Services per verdict and the checks that fail on most of them. Failing checks are counted in one
   * scan of the readable rows, one sum per known check id.
   */
  async summarizeFleet(
    access: EntityFilter,
    checkIds: string[],
  ): Promise<Omit<FleetSummary, 'visibility'>> {
    const checks = Object.fromEntries(
      checkIds.map((id, i) => [
        `check_${i}`,
        this.sum(`failed_checks like ?`, '1', [`%,${id},%`]),
      ]),
    );
    const [row] = await this.deadline.run(() =>
      this.db('mlops_entities')
        .modify(builder => applyEntityFilter(this.db, builder, access))
        .select({ ...verdictSums(c => this.sum(c)), ...checks }),
    );
    const topFailingChecks = checkIds
      .map((check, i) => ({ check, services: Number(row?.[`check_${i}`]) }))
      .filter(c => c.services > 0)
      .sort((a, b) => b.services - a.services || a.check.localeCompare(b.check))
      .slice(0, TOP_CHECKS);
    return { verdicts: verdictCounts(row ?? {}), topFailingChecks };
  }

  /**
   * The platform team's view per owner, blocked teams first: services per verdict, evaluated
   * services, failing ones, their failures and average score, and how many services wait for their
   * first evaluation (they count in no average).
   */
  async summarizeOwners(access: EntityFilter): Promise<OwnerSummary[]> {
    const evaluated = 'evaluated_at is not null';
    const failing = `${evaluated} and failed_critical + failed_high + failed_medium + failed_low > 0`;
    const rows = await this.deadline.run(() =>
      this.db('mlops_entities')
        .modify(builder => applyEntityFilter(this.db, builder, access))
        .select('owner')
        .select({
          ...verdictSums(c => this.sum(c)),
          services: this.sum(evaluated),
          notEvaluated: this.sum('evaluated_at is null'),
          failing: this.sum(failing),
          scoreSum: this.sum(evaluated, 'score'),
          critical: this.sum(evaluated, 'failed_critical'),
          high: this.sum(evaluated, 'failed_high'),
          medium: this.sum(evaluated, 'failed_medium'),
          low: this.sum(evaluated, 'failed_low'),
        })
        .groupBy('owner')
        .orderBy([
          { column: 'blocked', order: 'desc' },
          { column: 'at_risk', order: 'desc' },
          { column: 'failing', order: 'desc' },
          { column: 'owner', order: 'asc' },
        ]),
    );
    return rows.map((row: any) => {
      const services = Number(row.services);
      return {
        owner: row.owner,
        verdicts: verdictCounts(row),
        services,
        notEvaluated: Number(row.notEvaluated),
        failingServices: Number(row.failing),
        averageScore:
          services > 0
            ? Math.round(Number(row.scoreSum) / services)
            : undefined,
        failed: {
          critical: Number(row.critical),
          high: Number(row.high),
          medium: Number(row.medium),
          low: Number(row.low),
        },
      };
    });
  }

  /** The sum of `value` over the rows where `condition` holds: one count of a grouped select. */
  private sum(condition: string, value = '1', bindings: string[] = []) {
    return this.db.raw(
      `sum(case when ${condition} then ${value} else 0 end)`,
      bindings,
    );
  }
}
