import { Evidence, EvidenceSection } from './Evidence';
import { CheckOutcome } from './ComplianceCheck';

type Item<S extends EvidenceSection> = NonNullable<
  Evidence[S]
> extends (infer T)[]
  ? T
  : never;

/**
 * The usual shape of a check: every resource of one evidence section must pass a predicate.
 * `error` when the source could not read the section, `not_applicable` when there is no such
 * resource, `fail` naming the resources that do not pass, `pass` otherwise.
 * @public
 */
export function evaluateEach<S extends EvidenceSection>(
  evidence: Evidence,
  section: S,
  options: {
    name: (item: Item<S>) => string;
    passes: (item: Item<S>) => boolean;
    /** Says what is wrong with the failing resources, such as "has no KMS key" */
    failure: string;
    /** Narrows the section to the resources the check is about */
    only?: (item: Item<S>) => boolean;
  },
): CheckOutcome {
  const gap = evidence.gaps?.[section];
  if (gap) return { status: 'error', message: gap };
  const all = (evidence[section] ?? []) as Item<S>[];
  const items = options.only ? all.filter(options.only) : all;
  if (items.length === 0) {
    return { status: 'not_applicable', message: `No ${section} to check` };
  }
  const failing = items.filter(item => !options.passes(item));
  if (failing.length > 0) {
    const names = failing.map(options.name);
    return {
      status: 'fail',
      resource: names.join(', '),
      message: `${names.join(', ')} ${options.failure}`,
      evidence: failing,
    };
  }
  return {
    status: 'pass',
    resource: items.map(options.name).join(', '),
    evidence: items,
  };
}
