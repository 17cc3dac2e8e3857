import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  changeNotifications,
  EntityState,
  staleNotification,
} from './changeNotifications';

/**
 * Tells the owners (and approvers) of an entity what changed with an evaluation, through Backstage
 * notifications. Sent after the change is stored; a notification that cannot be sent is logged and
 * never fails the refresh.
 */
export class EntityNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
    /** Score points a drop must reach to be told (`mlops.notifications.scoreDrop`) */
    private readonly scoreDrop: number,
  ) {}

  /** What the change from `previous` (none: first seen) to `next` deserves. */
  changes(previous: EntityState | undefined, next: EntityState) {
    return changeNotifications(previous, next, { scoreDrop: this.scoreDrop });
  }

  /** Tells the owners that the entity's data has not been read for a day. */
  async tellStale(...args: Parameters<typeof staleNotification>) {
    await this.send([staleNotification(...args)]);
  }

  async send(list: NotificationSendOptions[]): Promise<void> {
    for (const notification of list) {
      await this.notifications
        .send(notification)
        .catch(error =>
          this.logger.warn(
            `Could not send the notification "${notification.payload.title}": ${
              toError(error).message
            }`,
          ),
        );
    }
  }
}
