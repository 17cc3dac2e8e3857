import { PipelineTriggerEvidence } from '@aidlc/plugin-mlops-node';
import {
  DescribeRuleCommand,
  ListRuleNamesByTargetCommand,
} from '@aws-sdk/client-eventbridge';
import { AwsClients } from '../AwsClients';

/** Most rules read per pipeline. */
const MAX_RULES = 10;
const ALARM_CHANGE = 'CloudWatch Alarm State Change';

/** The alarms an event pattern starts on: the alarm names it matches, `*` for any alarm. */
export function alarmsOf(eventPattern: string | undefined): string[] {
  let pattern: any;
  try {
    pattern = JSON.parse(eventPattern ?? '');
  } catch {
    return [];
  }
  const listed = (value: unknown): unknown[] => {
    if (Array.isArray(value)) return value;
    return value === undefined ? [] : [value];
  };
  const onAlarm =
    listed(pattern?.source).includes('aws.cloudwatch') &&
    listed(pattern?.['detail-type']).includes(ALARM_CHANGE);
  if (!onAlarm) return [];
  const names = listed(pattern?.detail?.alarmName).map(name =>
    typeof name === 'string' ? name : `${JSON.stringify(name)}`,
  );
  return names.length > 0 ? names : ['*'];
}

/** The EventBridge rules (of the default bus) that start the pipeline: schedules and alarm state changes. */
export async function readPipelineTriggers(
  clients: AwsClients,
  pipelineArn: string,
): Promise<PipelineTriggerEvidence[]> {
  const { RuleNames = [] } = await clients.eventbridge.send(
    new ListRuleNamesByTargetCommand({
      TargetArn: pipelineArn,
      Limit: MAX_RULES,
    }),
  );
  return Promise.all(
    RuleNames.slice(0, MAX_RULES).map(async name => {
      const rule = await clients.eventbridge.send(
        new DescribeRuleCommand({ Name: name }),
      );
      const alarms = alarmsOf(rule.EventPattern);
      return {
        rule: name,
        enabled: rule.State === 'ENABLED',
        ...(rule.ScheduleExpression
          ? { schedule: rule.ScheduleExpression }
          : {}),
        ...(alarms.length > 0 ? { alarms } : {}),
      };
    }),
  );
}
