import { Principle, SEVERITIES, Severity } from '@aidlc/plugin-mlops-common';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Which checks a profile runs and how severe each is. */
export interface ComplianceProfile {
  name: string;
  exclude: string[];
  /** Principles whose checks count one severity level higher */
  raise: Principle[];
  /** Severity per check id, after `raise` */
  severities: Record<string, Severity>;
}

/**
 * `standard` for most services; `restricted-data` for restricted or confidential data: every
 * check, with network isolation and encryption one level more severe.
 */
const BUILT_IN: ComplianceProfile[] = [
  {
    name: 'standard',
    exclude: [
      'cloudtrail-s3-data-events',
      'bucket-deny-unencrypted-uploads',
      'multi-instance-production',
    ],
    raise: [],
    severities: {},
  },
  {
    name: 'restricted-data',
    exclude: [],
    raise: ['network-isolation', 'encryption'],
    severities: {},
  },
];

/** The profiles of the built-in catalog, with `mlops.profiles` of the config applied. */
export class ComplianceProfiles {
  static fromConfig(config: Config, checkIds: string[]): ComplianceProfiles {
    const profiles = new Map(BUILT_IN.map(p => [p.name, { ...p }]));
    const section = config.getOptionalConfig('mlops.profiles');
    for (const name of section?.keys() ?? []) {
      const entry = section!.getConfig(name);
      const at = `mlops.profiles.${name}`;
      const exclude = entry.getOptionalStringArray('exclude');
      const severities = entry.getOptionalConfig('severities');
      for (const id of [...(exclude ?? []), ...(severities?.keys() ?? [])]) {
        if (!checkIds.includes(id)) {
          throw new InputError(`${at} names unknown check "${id}"`);
        }
      }
      const base = profiles.get(name) ?? {
        name,
        exclude: [],
        raise: [],
        severities: {},
      };
      const overrides: Record<string, Severity> = {};
      for (const id of severities?.keys() ?? []) {
        const severity = severities!.getString(id);
        if (!(SEVERITIES as readonly string[]).includes(severity)) {
          throw new InputError(
            `${at}.severities.${id} must be one of ${SEVERITIES.join(', ')}`,
          );
        }
        overrides[id] = severity as Severity;
      }
      profiles.set(name, {
        ...base,
        exclude: exclude ?? base.exclude,
        severities: { ...base.severities, ...overrides },
      });
    }
    return new ComplianceProfiles(profiles);
  }

  constructor(private readonly profiles: Map<string, ComplianceProfile>) {}

  get(name: string): ComplianceProfile {
    const profile = this.profiles.get(name);
    if (!profile) {
      throw new InputError(
        `Unknown compliance profile "${name}"; known: ${[
          ...this.profiles.keys(),
        ].join(', ')}`,
      );
    }
    return profile;
  }
}

/** The severity a check has under a profile. */
export function severityUnder(
  profile: ComplianceProfile,
  check: { id: string; principle: Principle; severity: Severity },
): Severity {
  const explicit = profile.severities[check.id];
  if (explicit) return explicit;
  if (!profile.raise.includes(check.principle)) return check.severity;
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(check.severity) - 1)];
}
