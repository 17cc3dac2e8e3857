import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const examples = resolve(__dirname, '../../../../examples');

/** The demo ML data file the demo source reads. */
export const demoFile = resolve(examples, 'mlops-demo.yaml');

/** The demo catalog (examples/ml-services.yaml): two ML teams' services and one without ML annotations. */
export function demoEntities(): Entity[] {
  return parseAllDocuments(
    readFileSync(resolve(examples, 'ml-services.yaml'), 'utf8'),
  ).map(doc => doc.toJSON() as Entity);
}

/** Who is who in the demo organisation (examples/org.yaml). */
export const demoUsers = {
  /** A fraud-ml lead: approves the team's model versions */
  fraud: 'user:default/amara.okafor',
  /** A fraud-ml member who is not a lead */
  fraudMember: 'user:default/lukas.brandt',
  personalization: 'user:default/mei.tanaka',
  admin: 'user:default/priya.nair',
  outsider: 'user:default/nobody',
};

/** The groups of each demo user: their ownership refs besides themselves. */
export const demoGroups: Record<string, string[]> = {
  [demoUsers.fraud]: ['group:default/fraud-ml', 'group:default/fraud-ml-leads'],
  [demoUsers.fraudMember]: ['group:default/fraud-ml'],
  [demoUsers.personalization]: ['group:default/personalization-ml'],
  [demoUsers.admin]: ['group:default/platform-security'],
  [demoUsers.outsider]: [],
};

/** The demo schedule in tests: the refresh never runs by itself. */
export const idleSchedule = {
  frequency: { hours: 24 },
  timeout: { minutes: 1 },
  initialDelay: { hours: 1 },
};
