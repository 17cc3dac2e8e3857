import { mlTabPath } from '@aidlc/plugin-mlops-node';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { EntitySnapshot } from '../database/EntitySnapshot';

/** What the rules compare: the stored snapshot before an evaluation, and the one after. */
export type EntityState = Pick<
  EntitySnapshot,
  'entityRef' | 'title' | 'owner' | 'approvers' | 'score' | 'models' | 'checks'
> & { endpoints: { name: string; status: string }[] };

/** A person as a sentence names them: the name of a user ref, the session of an AWS identity. */
const nameOf = (who: string) => who.split('/').pop();

/** A notification about one subject of an entity, with the link, topic and scope they all share. */
function aboutEntity(
  state: Pick<EntityState, 'entityRef' | 'title'>,
  subject: string,
  to: string[],
  payload: Omit<NotificationSendOptions['payload'], 'link' | 'scope' | 'topic'>,
): NotificationSendOptions {
  return {
    recipients: { type: 'entity', entityRef: to },
    payload: {
      ...payload,
      link: mlTabPath(state.entityRef),
      topic: `ML: ${state.title}`,
      scope: `mlops:${state.entityRef}:${subject}`,
    },
  };
}

/**
 * The notifications a change of an entity's state deserves: an endpoint that starts or stops
 * drifting, critical or high checks that start failing, a score that drops by `scoreDrop` or more, a
 * version that awaits approval, or was approved or rejected. Each subject has a scope of its own, so
 * a later change of it updates the notification in place; the same state twice sends nothing.
 * Without a previous state, everything counts as new: a team hears once what needs its attention.
 */
export function changeNotifications(
  previous: EntityState | undefined,
  next: EntityState,
  options: { scoreDrop: number },
): NotificationSendOptions[] {
  const sent: NotificationSendOptions[] = [];

  const driftBefore = new Map(
    previous?.endpoints.map(e => [e.name, e.status]) ?? [],
  );
  for (const endpoint of next.endpoints) {
    const before = driftBefore.get(endpoint.name);
    if (endpoint.status === 'drifting' && before !== 'drifting') {
      sent.push(
        aboutEntity(next, `drift:${endpoint.name}`, [next.owner], {
          title: `${endpoint.name} of ${next.title} is drifting`,
          description:
            'A drift metric passed its threshold, or the last monitoring run found violations.',
          severity: 'high',
        }),
      );
    } else if (before === 'drifting' && endpoint.status === 'ok') {
      sent.push(
        aboutEntity(next, `drift:${endpoint.name}`, [next.owner], {
          title: `${endpoint.name} of ${next.title} no longer drifts`,
          severity: 'low',
        }),
      );
    }
  }

  const failedBefore = new Set(
    previous?.checks.filter(c => c.status === 'fail').map(c => c.id) ?? [],
  );
  const newFailures = next.checks.filter(
    c =>
      c.status === 'fail' &&
      (c.severity === 'critical' || c.severity === 'high') &&
      !failedBefore.has(c.id),
  );
  if (newFailures.length > 0) {
    const critical = newFailures.some(c => c.severity === 'critical');
    sent.push(
      aboutEntity(next, 'checks', [next.owner], {
        title: `${next.title} fails ${newFailures.length} ${
          critical ? 'critical' : 'high'
        }${newFailures.length > 1 ? ' or high' : ''} check${
          newFailures.length > 1 ? 's' : ''
        }`,
        description: newFailures.map(c => c.title).join('; '),
        severity: critical ? 'critical' : 'high',
      }),
    );
  }

  if (previous && previous.score - next.score >= options.scoreDrop) {
    sent.push(
      aboutEntity(next, 'score', [next.owner], {
        title: `The compliance score of ${next.title} fell from ${previous.score} to ${next.score}`,
        severity: 'normal',
      }),
    );
  }

  const statusBefore = new Map(
    previous?.models.flatMap(g =>
      g.versions.map(v => [v.arn, v.approvalStatus]),
    ) ?? [],
  );
  for (const group of next.models) {
    for (const version of group.versions) {
      const before = statusBefore.get(version.arn);
      if (before === version.approvalStatus) continue;
      const subject = `version:${version.arn}`;
      if (version.approvalStatus === 'PendingManualApproval') {
        sent.push(
          aboutEntity(next, subject, next.approvers, {
            title: `${group.name} v${version.version} awaits approval`,
            description: `A new version of a model that ${next.title} serves.`,
            severity: 'normal',
          }),
        );
      } else if (before !== undefined) {
        const { decision } = version;
        sent.push(
          aboutEntity(next, subject, [next.owner], {
            title: `${group.name} v${
              version.version
            } was ${version.approvalStatus.toLocaleLowerCase('en-US')}${
              decision?.by ? ` by ${nameOf(decision.by)}` : ''
            }`,
            ...(decision?.comment ? { description: decision.comment } : {}),
            severity: version.approvalStatus === 'Rejected' ? 'high' : 'normal',
          }),
        );
      }
    }
  }
  return sent;
}

/** The notification of data that has not been read for a day: the owners should look at the source. */
export function staleNotification(
  state: Pick<EntityState, 'entityRef' | 'title' | 'owner'>,
  error: string,
): NotificationSendOptions {
  return aboutEntity(state, 'stale', [state.owner], {
    title: `The ML data of ${state.title} has not been read for a day`,
    description: error,
    severity: 'high',
  });
}
