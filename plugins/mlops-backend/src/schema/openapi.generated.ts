// Generated from plugins/mlops-backend/src/schema/openapi.yaml by `yarn generate:openapi`. Do not edit.
/* eslint-disable */
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'mlops',
    version: '1',
    description:
      "Model registry, drift and secure-ML compliance of the catalog's ML services. Every route needs a user or service token. Reads need the `mlops.entity.read` permission on the entity (fleet routes leave out what the caller may not read); refreshes `mlops.refresh`. Errors answer with Backstage's error body: 400 invalid input, 401 no credentials, 403 not allowed, 404 unknown entity or no ML data, 413 body too large, 429 rate limited and 503 database unavailable (both with `Retry-After`).",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    parameters: {
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[A-Za-z][A-Za-z0-9-]{0,62}$',
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$',
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        required: false,
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 500,
        },
      },
      cursor: {
        name: 'cursor',
        in: 'query',
        required: false,
        schema: {
          type: 'string',
          maxLength: 1024,
          pattern: '^[A-Za-z0-9_-]*$',
        },
      },
      owner: {
        name: 'owner',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/QueryText',
        },
      },
      system: {
        name: 'system',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/QueryText',
        },
      },
      severity: {
        name: 'severity',
        in: 'query',
        required: false,
        description:
          'Only rows with at least one failed check of this severity or worse',
        schema: {
          $ref: '#/components/schemas/Severity',
        },
      },
      check: {
        name: 'check',
        in: 'query',
        required: false,
        description: 'Only rows where this check failed',
        schema: {
          type: 'string',
          pattern: '^[a-z0-9][a-z0-9-]{0,99}$',
        },
      },
      orderBy: {
        name: 'orderBy',
        in: 'query',
        required: false,
        description: '`verdict`: blocked first (then by score), the default',
        schema: {
          type: 'string',
          enum: ['verdict', 'score', 'entityRef', 'owner', 'title'],
        },
      },
      verdict: {
        name: 'verdict',
        in: 'query',
        required: false,
        description: 'Only rows with this verdict',
        schema: {
          $ref: '#/components/schemas/Verdict',
        },
      },
      order: {
        name: 'order',
        in: 'query',
        required: false,
        schema: {
          type: 'string',
          enum: ['asc', 'desc'],
        },
      },
      stage: {
        name: 'stage',
        in: 'query',
        required: false,
        description:
          'With `stageStatus`, only rows whose stage has that status',
        schema: {
          $ref: '#/components/schemas/LifecycleStage',
        },
      },
      stageStatus: {
        name: 'stageStatus',
        in: 'query',
        required: false,
        description: 'With `stage`, only rows whose stage has this status',
        schema: {
          $ref: '#/components/schemas/SignalStatus',
        },
      },
      lifecycleOrderBy: {
        name: 'orderBy',
        in: 'query',
        required: false,
        description:
          '`progress`: the fewest stages in place first, the default',
        schema: {
          type: 'string',
          enum: ['progress', 'entityRef', 'owner', 'title'],
        },
      },
    },
    schemas: {
      QueryText: {
        description: 'Text of a filter; control characters are refused.',
        type: 'string',
        maxLength: 255,
        pattern: '^[^\\x00-\\x1F\\x7F]*$',
      },
      Visibility: {
        description:
          "`all` when the caller may read the ML data of every service; `limited` when the answer holds only those the permission policy lets it read (by default, its teams' own).",
        type: 'string',
        enum: ['all', 'limited'],
      },
      Severity: {
        description: 'Severities, most severe first.',
        type: 'string',
        enum: ['critical', 'high', 'medium', 'low'],
      },
      Principle: {
        description: 'The five principles of the secure ML pipeline.',
        type: 'string',
        enum: [
          'network-isolation',
          'encryption',
          'least-privilege',
          'everything-as-code',
          'defense-in-depth',
        ],
      },
      DriftStatus: {
        description:
          'Drift state of an endpoint, the same in every view: `drifting` when a metric passed its threshold or the last execution found violations, `failing` when monitoring itself failed, `not_monitored` when no schedule and no metric watches it (or the service has no endpoint), `unknown` when a source could not say.',
        type: 'string',
        enum: ['ok', 'drifting', 'failing', 'not_monitored', 'unknown'],
      },
      DriftMethod: {
        description:
          "What a drift series measures: the population stability index (`psi`), the Kolmogorov-Smirnov distance (`ks`) or the Jensen-Shannon distance (`js`) of the project's drift job, or a statistic SageMaker Model Monitor publishes (`model_monitor`, its baseline distribution distance).",
        type: 'string',
        enum: ['psi', 'ks', 'js', 'model_monitor'],
      },
      CheckStatus: {
        type: 'string',
        description:
          "`missing_evidence`: the check needs a report from the project's pipeline and none was submitted; it proves nothing, like a failure, but needs a pipeline step, not a fix.",
        enum: ['pass', 'fail', 'missing_evidence', 'not_applicable', 'error'],
      },
      Verdict: {
        description:
          'Whether a service may ship, from its last evaluation: `blocked` (a critical check fails), `at_risk` (a high check fails), `evidence_missing` (no failure of those, but a critical or high check has no evidence: a pipeline report was not submitted or the source could not read it), `passing` (nothing above; medium and low findings may remain), `not_evaluated`. Worst first.',
        type: 'string',
        enum: [
          'blocked',
          'at_risk',
          'evidence_missing',
          'passing',
          'not_evaluated',
        ],
      },
      VerdictCounts: {
        description: 'Services per verdict.',
        type: 'object',
        additionalProperties: false,
        required: [
          'blocked',
          'at_risk',
          'evidence_missing',
          'passing',
          'not_evaluated',
        ],
        properties: {
          blocked: {
            type: 'integer',
          },
          at_risk: {
            type: 'integer',
          },
          evidence_missing: {
            type: 'integer',
          },
          passing: {
            type: 'integer',
          },
          not_evaluated: {
            type: 'integer',
          },
        },
      },
      FailedCounts: {
        description: 'Failed checks counted by severity.',
        type: 'object',
        additionalProperties: false,
        required: ['critical', 'high', 'medium', 'low'],
        properties: {
          critical: {
            type: 'integer',
          },
          high: {
            type: 'integer',
          },
          medium: {
            type: 'integer',
          },
          low: {
            type: 'integer',
          },
        },
      },
      ModelApprovalStatus: {
        description:
          'Approval status of a model package, as SageMaker names it.',
        type: 'string',
        enum: ['Approved', 'PendingManualApproval', 'Rejected'],
      },
      ModelVersion: {
        description: 'One version of a model package group.',
        type: 'object',
        additionalProperties: false,
        required: ['version', 'arn', 'approvalStatus', 'createdAt', 'metrics'],
        properties: {
          version: {
            type: 'integer',
          },
          arn: {
            type: 'string',
          },
          approvalStatus: {
            $ref: '#/components/schemas/ModelApprovalStatus',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          approvedAt: {
            description: 'When the approval status last changed to Approved',
            type: 'string',
            format: 'date-time',
          },
          approvedBy: {
            type: 'string',
          },
          registeredBy: {
            description:
              'Who registered the version (a Backstage user ref, or the AWS identity); they may not approve it',
            type: 'string',
          },
          decision: {
            $ref: '#/components/schemas/ApprovalDecision',
          },
          deployments: {
            description: 'Where the version serves now',
            type: 'array',
            items: {
              $ref: '#/components/schemas/Deployment',
            },
          },
          description: {
            type: 'string',
          },
          metrics: {
            description:
              'Evaluation metrics by name (accuracy, auc, rmse, ...)',
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
          },
          modelDataUrl: {
            type: 'string',
          },
          trainingJob: {
            description: 'Lineage: the training job, its image and data',
            type: 'string',
          },
          image: {
            type: 'string',
          },
          trainingData: {
            type: 'string',
          },
          modelCard: {
            $ref: '#/components/schemas/ModelCard',
          },
        },
      },
      ModelCard: {
        description:
          'The SageMaker model card linked to a version (its model package): the governance document of the model, as its authors wrote it.',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'arn', 'status'],
        properties: {
          name: {
            type: 'string',
          },
          arn: {
            type: 'string',
          },
          status: {
            description: 'Draft, PendingReview, Approved or Archived',
            type: 'string',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
          riskRating: {
            description: 'High, Medium, Low or Unknown',
            type: 'string',
          },
          purpose: {
            type: 'string',
          },
          intendedUses: {
            type: 'string',
          },
          factorsAffectingEfficiency: {
            type: 'string',
          },
          riskExplanation: {
            type: 'string',
          },
          businessProblem: {
            type: 'string',
          },
          businessStakeholders: {
            type: 'string',
          },
          lineOfBusiness: {
            type: 'string',
          },
          trainingObjective: {
            type: 'string',
          },
          trainingObservations: {
            type: 'string',
          },
          evaluations: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: {
                  type: 'string',
                },
                observations: {
                  type: 'string',
                },
                metrics: {
                  type: 'object',
                  additionalProperties: {
                    type: 'number',
                  },
                },
              },
            },
          },
        },
      },
      Deployment: {
        description:
          'A production variant of an endpoint that serves a version.',
        type: 'object',
        additionalProperties: false,
        required: ['endpoint', 'variant', 'trafficShare', 'instanceCount'],
        properties: {
          endpoint: {
            type: 'string',
          },
          variant: {
            type: 'string',
          },
          trafficShare: {
            description:
              "Share of the endpoint's traffic the variant takes, 0 to 1",
            type: 'number',
          },
          instanceCount: {
            description:
              'Instances behind the variant (0 for a serverless one)',
            type: 'integer',
          },
          serverless: {
            description:
              'True when the variant is serverless (SageMaker scales it, no instances to count)',
            type: 'boolean',
          },
          since: {
            description:
              'When the endpoint last changed, so since when it serves this at the latest',
            type: 'string',
            format: 'date-time',
          },
        },
      },
      ApprovalDecision: {
        description: 'The last approval or rejection of a version, and why.',
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: {
          status: {
            type: 'string',
            enum: ['Approved', 'Rejected'],
          },
          by: {
            description:
              'Who decided (a Backstage user ref when decided in the portal)',
            type: 'string',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          comment: {
            type: 'string',
          },
        },
      },
      ApprovalRequest: {
        description:
          "Approve or reject one version of one of the entity's model groups, saying why.",
        type: 'object',
        additionalProperties: false,
        required: ['versionArn', 'status', 'comment'],
        properties: {
          versionArn: {
            type: 'string',
            maxLength: 512,
            pattern:
              '^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\\d{12}:model-package/[^\\x00-\\x1F\\x7F]+$',
          },
          status: {
            type: 'string',
            enum: ['Approved', 'Rejected'],
          },
          comment: {
            description:
              'Why; at least one visible character, line breaks allowed, no other control characters',
            type: 'string',
            minLength: 1,
            maxLength: 1000,
            pattern:
              '^[^\\x00-\\x09\\x0B-\\x1F\\x7F]*[^\\x00-\\x20\\x7F][^\\x00-\\x09\\x0B-\\x1F\\x7F]*$',
          },
        },
      },
      ApprovalResult: {
        allOf: [
          {
            $ref: '#/components/schemas/ApprovalDecision',
          },
          {
            type: 'object',
            required: ['versionArn'],
            properties: {
              versionArn: {
                type: 'string',
              },
            },
          },
        ],
      },
      ModelGroup: {
        description: 'A model package group and its versions, newest first.',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'arn', 'versions'],
        properties: {
          name: {
            type: 'string',
          },
          arn: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          versions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelVersion',
            },
          },
        },
      },
      MonitoringExecution: {
        description: 'The last run of a monitoring schedule.',
        type: 'object',
        additionalProperties: false,
        required: ['status', 'scheduledAt', 'violations'],
        properties: {
          status: {
            description:
              "SageMaker's execution status: Completed, CompletedWithViolations, Failed, ...",
            type: 'string',
          },
          scheduledAt: {
            type: 'string',
            format: 'date-time',
          },
          violations: {
            type: 'integer',
          },
          violationDetails: {
            description:
              'What the run found (at most 20), as its constraint_violations.json says',
            type: 'array',
            maxItems: 20,
            items: {
              $ref: '#/components/schemas/MonitoringViolation',
            },
          },
        },
      },
      MonitoringViolation: {
        description: 'One violation a monitoring run found.',
        type: 'object',
        additionalProperties: false,
        required: ['feature', 'constraint'],
        properties: {
          feature: {
            type: 'string',
          },
          constraint: {
            description:
              'The check that failed, e.g. baseline_drift_check or data_type_check',
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
      },
      MonitoringSchedule: {
        description:
          "A Model Monitor schedule, or the project's own drift job.",
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type', 'status'],
        properties: {
          name: {
            type: 'string',
          },
          type: {
            description:
              'DataQuality, ModelQuality, ModelBias, ModelExplainability or DriftJob',
            type: 'string',
          },
          status: {
            description: 'Scheduled, Pending, Stopped or Failed',
            type: 'string',
          },
          lastExecution: {
            $ref: '#/components/schemas/MonitoringExecution',
          },
        },
      },
      DriftPoint: {
        description: 'A point of a drift metric: time and value.',
        type: 'object',
        additionalProperties: false,
        required: ['t', 'v'],
        properties: {
          t: {
            type: 'string',
            format: 'date-time',
          },
          v: {
            type: 'number',
          },
        },
      },
      DriftSeries: {
        description:
          'One drift metric (for example `feature_baseline_drift_amount`) over the look-back window.',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'points'],
        properties: {
          name: {
            type: 'string',
          },
          feature: {
            description:
              'The feature the metric is about, when its name says (`feature_baseline_drift_<feature>`)',
            type: 'string',
          },
          method: {
            $ref: '#/components/schemas/DriftMethod',
          },
          threshold: {
            type: 'number',
          },
          aboveThresholdSince: {
            description:
              'Since when the series has stayed above its threshold, while it is above it',
            type: 'string',
            format: 'date-time',
          },
          points: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DriftPoint',
            },
          },
        },
      },
      EndpointDrift: {
        description: 'Monitoring and drift of one endpoint.',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'status', 'schedules', 'metrics'],
        properties: {
          name: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/DriftStatus',
          },
          schedules: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MonitoringSchedule',
            },
          },
          metrics: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DriftSeries',
            },
          },
        },
      },
      CheckControls: {
        description:
          "The matching control of AWS's own tools, where there is one.",
        type: 'object',
        additionalProperties: false,
        properties: {
          awsConfigRule: {
            type: 'string',
          },
          securityHub: {
            type: 'string',
          },
          checkov: {
            type: 'string',
          },
        },
      },
      CheckDescription: {
        description: 'A check of the catalog.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'principle',
          'severity',
          'description',
          'remediation',
          'controls',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          principle: {
            $ref: '#/components/schemas/Principle',
          },
          severity: {
            $ref: '#/components/schemas/Severity',
          },
          description: {
            type: 'string',
          },
          remediation: {
            type: 'string',
          },
          controls: {
            $ref: '#/components/schemas/CheckControls',
          },
        },
      },
      CheckResult: {
        description: 'The outcome of one check for one entity.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'principle',
          'severity',
          'status',
          'remediation',
          'controls',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          principle: {
            $ref: '#/components/schemas/Principle',
          },
          severity: {
            $ref: '#/components/schemas/Severity',
          },
          status: {
            $ref: '#/components/schemas/CheckStatus',
          },
          resource: {
            description:
              'The resources the outcome is about (failing ones first)',
            type: 'string',
          },
          message: {
            description: 'Why: a sentence a person can act on',
            type: 'string',
          },
          evidence: {
            description: 'The evidence the check read',
          },
          remediation: {
            type: 'string',
          },
          controls: {
            $ref: '#/components/schemas/CheckControls',
          },
        },
      },
      CheckCatalog: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CheckDescription',
            },
          },
        },
      },
      Freshness: {
        description:
          "Freshness of an entity's data: when it was read and whether the last refresh failed.",
        type: 'object',
        required: ['entityRef', 'stale'],
        properties: {
          entityRef: {
            type: 'string',
          },
          refreshedAt: {
            description:
              'When the data was last read successfully; absent before the first success',
            type: 'string',
            format: 'date-time',
          },
          stale: {
            description:
              'True when the last refresh failed and the data shown is the last good one',
            type: 'boolean',
          },
          error: {
            type: 'string',
          },
        },
      },
      ComplianceOutcome: {
        description:
          "The outcome of an entity's last evaluation against its compliance profile.",
        type: 'object',
        required: [
          'profile',
          'verdict',
          'score',
          'failed',
          'missingEvidence',
          'checks',
          'reports',
        ],
        properties: {
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
          profile: {
            type: 'string',
          },
          verdict: {
            $ref: '#/components/schemas/Verdict',
          },
          score: {
            type: 'integer',
          },
          failed: {
            $ref: '#/components/schemas/FailedCounts',
          },
          missingEvidence: {
            description:
              'Critical and high checks without evidence (no pipeline report, or unreadable evidence)',
            type: 'integer',
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CheckResult',
            },
          },
          reports: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReportSummary',
            },
          },
        },
      },
      EntityModels: {
        allOf: [
          {
            $ref: '#/components/schemas/Freshness',
          },
          {
            type: 'object',
            required: ['groups'],
            properties: {
              groups: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ModelGroup',
                },
              },
            },
          },
        ],
      },
      EntityDrift: {
        allOf: [
          {
            $ref: '#/components/schemas/Freshness',
          },
          {
            type: 'object',
            required: ['endpoints'],
            properties: {
              endpoints: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/EndpointDrift',
                },
              },
            },
          },
        ],
      },
      EntityCompliance: {
        allOf: [
          {
            $ref: '#/components/schemas/Freshness',
          },
          {
            $ref: '#/components/schemas/ComplianceOutcome',
          },
        ],
      },
      EntityMlData: {
        description:
          'Everything the ML tab shows of an entity, from one stored snapshot.',
        allOf: [
          {
            $ref: '#/components/schemas/Freshness',
          },
          {
            $ref: '#/components/schemas/ComplianceOutcome',
          },
          {
            type: 'object',
            required: ['groups', 'endpoints', 'stages'],
            properties: {
              groups: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ModelGroup',
                },
              },
              endpoints: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/EndpointDrift',
                },
              },
              stages: {
                description: 'The six life cycle stages (see LifecycleOutcome)',
                type: 'array',
                items: {
                  $ref: '#/components/schemas/StageLifecycle',
                },
              },
            },
          },
        ],
      },
      LifecycleStage: {
        description:
          'A stage of the AI development life cycle, in order: data collection, data preparation, model development, model training, model deployment, monitoring and maintenance.',
        type: 'string',
        enum: [
          'collection',
          'preparation',
          'development',
          'training',
          'deployment',
          'monitoring',
        ],
      },
      SignalStatus: {
        description:
          '`in_place`: the evidence shows it; `partial`: some of it is there; `missing`: the evidence shows it is not there; `unknown`: the evidence could not be read or does not tell.',
        type: 'string',
        enum: ['in_place', 'partial', 'missing', 'unknown'],
      },
      LifecycleSignal: {
        description:
          "One sign that a stage is in place, as found in the entity's evidence.",
        type: 'object',
        additionalProperties: false,
        required: ['id', 'stage', 'title', 'status', 'howTo'],
        properties: {
          id: {
            type: 'string',
          },
          stage: {
            $ref: '#/components/schemas/LifecycleStage',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/SignalStatus',
          },
          message: {
            description: 'What was found, in a sentence',
            type: 'string',
          },
          resource: {
            description:
              'The resources the signal is about (names or ARNs), comma-separated',
            type: 'string',
          },
          evidence: {
            description: 'The evidence the signal read',
          },
          howTo: {
            description: 'What to do to put it in place',
            type: 'string',
          },
          checkId: {
            description:
              'The compliance check whose result the signal reuses, when it does',
            type: 'string',
          },
        },
      },
      StageLifecycle: {
        description:
          'One stage with its signals: in place when every signal is, missing when none is there, unknown when nothing missing is known and something could not be told, partial otherwise.',
        type: 'object',
        additionalProperties: false,
        required: ['stage', 'title', 'status', 'signals'],
        properties: {
          stage: {
            $ref: '#/components/schemas/LifecycleStage',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/SignalStatus',
          },
          signals: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LifecycleSignal',
            },
          },
        },
      },
      LifecycleOutcome: {
        description:
          'Where the entity stands in the six stages, from its last evaluation.',
        type: 'object',
        required: ['stages'],
        properties: {
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
          stages: {
            description:
              'The six stages in order; empty before the first evaluation',
            type: 'array',
            items: {
              $ref: '#/components/schemas/StageLifecycle',
            },
          },
        },
      },
      EntityLifecycle: {
        allOf: [
          {
            $ref: '#/components/schemas/Freshness',
          },
          {
            $ref: '#/components/schemas/LifecycleOutcome',
          },
        ],
      },
      StageStatuses: {
        description: 'The status of each stage.',
        type: 'object',
        additionalProperties: false,
        required: [
          'collection',
          'preparation',
          'development',
          'training',
          'deployment',
          'monitoring',
        ],
        properties: {
          collection: {
            $ref: '#/components/schemas/SignalStatus',
          },
          preparation: {
            $ref: '#/components/schemas/SignalStatus',
          },
          development: {
            $ref: '#/components/schemas/SignalStatus',
          },
          training: {
            $ref: '#/components/schemas/SignalStatus',
          },
          deployment: {
            $ref: '#/components/schemas/SignalStatus',
          },
          monitoring: {
            $ref: '#/components/schemas/SignalStatus',
          },
        },
      },
      LifecycleRow: {
        description: 'A row of the fleet lifecycle view.',
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'title', 'owner', 'stages', 'inPlace', 'stale'],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          system: {
            type: 'string',
          },
          stages: {
            $ref: '#/components/schemas/StageStatuses',
          },
          inPlace: {
            description: 'How many of the six stages are in place',
            type: 'integer',
          },
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
          stale: {
            type: 'boolean',
          },
        },
      },
      LifecyclePage: {
        type: 'object',
        additionalProperties: false,
        required: ['visibility', 'items', 'totalItems'],
        properties: {
          visibility: {
            $ref: '#/components/schemas/Visibility',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LifecycleRow',
            },
          },
          totalItems: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      FleetRow: {
        description: 'A row of the fleet view.',
        type: 'object',
        additionalProperties: false,
        required: [
          'entityRef',
          'title',
          'owner',
          'profile',
          'verdict',
          'score',
          'failed',
          'missingEvidence',
          'failedChecks',
          'driftStatus',
          'stale',
          'trend',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          system: {
            type: 'string',
          },
          profile: {
            type: 'string',
          },
          verdict: {
            $ref: '#/components/schemas/Verdict',
          },
          score: {
            type: 'integer',
          },
          failed: {
            $ref: '#/components/schemas/FailedCounts',
          },
          missingEvidence: {
            description:
              'Critical and high checks without evidence (no pipeline report, or unreadable evidence)',
            type: 'integer',
          },
          failedChecks: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          driftStatus: {
            $ref: '#/components/schemas/DriftStatus',
          },
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
          stale: {
            type: 'boolean',
          },
          trend: {
            description: 'Scores of the latest refreshes, oldest first',
            type: 'array',
            items: {
              type: 'integer',
            },
          },
        },
      },
      FleetPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'totalItems'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetRow',
            },
          },
          totalItems: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      OwnerSummary: {
        description: "One owner's services, for the platform team's view.",
        type: 'object',
        additionalProperties: false,
        required: [
          'owner',
          'services',
          'notEvaluated',
          'failingServices',
          'verdicts',
          'failed',
        ],
        properties: {
          owner: {
            type: 'string',
          },
          verdicts: {
            $ref: '#/components/schemas/VerdictCounts',
          },
          services: {
            description:
              'Services evaluated at least once; the counts and the average are over these',
            type: 'integer',
          },
          notEvaluated: {
            description: 'Services waiting for their first evaluation',
            type: 'integer',
          },
          failingServices: {
            type: 'integer',
          },
          averageScore: {
            description:
              'Absent while no service of the owner has been evaluated',
            type: 'integer',
          },
          failed: {
            $ref: '#/components/schemas/FailedCounts',
          },
        },
      },
      FailingCheckCount: {
        type: 'object',
        additionalProperties: false,
        required: ['check', 'services'],
        properties: {
          check: {
            type: 'string',
          },
          services: {
            type: 'integer',
          },
        },
      },
      FleetSummary: {
        description:
          'The fleet at a glance, over the services the caller may read.',
        type: 'object',
        additionalProperties: false,
        required: ['visibility', 'verdicts', 'topFailingChecks'],
        properties: {
          visibility: {
            $ref: '#/components/schemas/Visibility',
          },
          verdicts: {
            $ref: '#/components/schemas/VerdictCounts',
          },
          topFailingChecks: {
            description:
              'The checks that fail on most services (at most 5), most first',
            type: 'array',
            items: {
              $ref: '#/components/schemas/FailingCheckCount',
            },
          },
        },
      },
      OwnerSummaries: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'visibility'],
        properties: {
          visibility: {
            $ref: '#/components/schemas/Visibility',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/OwnerSummary',
            },
          },
        },
      },
      ModelCatalogRow: {
        description: 'A model group with its latest and approved versions.',
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'owner', 'group', 'arn', 'driftStatus'],
        properties: {
          entityRef: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          system: {
            description: 'The system of the service that serves the group',
            type: 'string',
          },
          group: {
            type: 'string',
          },
          arn: {
            type: 'string',
          },
          latestVersion: {
            type: 'integer',
          },
          latestStatus: {
            type: 'string',
          },
          approvedVersion: {
            type: 'integer',
          },
          servedVersions: {
            description: 'The versions that serve on an endpoint, newest first',
            type: 'array',
            items: {
              type: 'integer',
            },
          },
          servesUnapproved: {
            description: 'True when a version that is not approved serves',
            type: 'boolean',
          },
          servingEndpoints: {
            description: "The endpoints that serve the group's versions",
            type: 'array',
            items: {
              $ref: '#/components/schemas/ServingEndpoint',
            },
          },
          driftStatus: {
            $ref: '#/components/schemas/DriftStatus',
          },
        },
      },
      ServingEndpoint: {
        description:
          'An endpoint (a model server) that serves versions of a group, with the request schema of the API in front of it when the source knows it.',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'versions'],
        properties: {
          name: {
            type: 'string',
          },
          versions: {
            description: 'The versions it serves, newest first',
            type: 'array',
            items: {
              type: 'integer',
            },
          },
          api: {
            $ref: '#/components/schemas/InferenceApiSchema',
          },
        },
      },
      InferenceApiSchema: {
        description:
          'How callers invoke the model server, as the API in front of it validates requests.',
        type: 'object',
        additionalProperties: false,
        required: ['method', 'path', 'requestSchema'],
        properties: {
          method: {
            type: 'string',
          },
          path: {
            type: 'string',
          },
          requestSchema: {
            description: 'The JSON schema request bodies are validated against',
          },
        },
      },
      ModelCatalogPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'totalItems', 'visibility'],
        properties: {
          visibility: {
            $ref: '#/components/schemas/Visibility',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelCatalogRow',
            },
          },
          totalItems: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      PolicyViolation: {
        description: 'A finding of a policy gate.',
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'severity'],
        properties: {
          rule: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          severity: {
            type: 'string',
            enum: ['critical', 'high', 'medium', 'low', 'info'],
          },
          resource: {
            type: 'string',
            maxLength: 500,
          },
          message: {
            type: 'string',
            maxLength: 2000,
          },
          file: {
            type: 'string',
            maxLength: 500,
          },
        },
      },
      PolicyGateReport: {
        description:
          "What a policy gate found in the project's infrastructure code. The report that the `mlops:terraform:check` scaffolder action writes is one, as it is.",
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'tool', 'passed', 'violations'],
        properties: {
          kind: {
            type: 'string',
            enum: ['policy-gate'],
          },
          tool: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          passed: {
            type: 'boolean',
          },
          failOn: {
            $ref: '#/components/schemas/Severity',
          },
          filesChecked: {
            type: 'integer',
            minimum: 0,
            maximum: 1000000,
          },
          violations: {
            type: 'array',
            maxItems: 1000,
            items: {
              $ref: '#/components/schemas/PolicyViolation',
            },
          },
        },
      },
      ContainerScanReport: {
        description: 'What a scan of the serving image found.',
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'tool', 'image', 'critical', 'high'],
        properties: {
          kind: {
            type: 'string',
            enum: ['container-scan'],
          },
          tool: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          image: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
          critical: {
            type: 'integer',
            minimum: 0,
            maximum: 1000000,
          },
          high: {
            type: 'integer',
            minimum: 0,
            maximum: 1000000,
          },
        },
      },
      EvidenceSubmission: {
        description:
          "Request of the evidence route: what a project's CI reports.",
        oneOf: [
          {
            $ref: '#/components/schemas/PolicyGateReport',
          },
          {
            $ref: '#/components/schemas/ContainerScanReport',
          },
        ],
      },
      EvidenceAccepted: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'kind'],
        properties: {
          entityRef: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['policy-gate', 'container-scan'],
          },
        },
      },
      ReportSummary: {
        description:
          "The newest report of one kind that the entity's pipeline posted.",
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'tool', 'submittedAt', 'summary'],
        properties: {
          kind: {
            type: 'string',
            enum: ['policy-gate', 'container-scan'],
          },
          tool: {
            type: 'string',
          },
          submittedAt: {
            type: 'string',
            format: 'date-time',
          },
          submittedBy: {
            description:
              "The pipeline's identity, e.g. `external:github-actions:repo:acme/fraud-scoring-api:ref:refs/heads/main`, when known",
            type: 'string',
          },
          summary: {
            type: 'string',
          },
        },
      },
    },
  },
  paths: {
    '/entities/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'getEntityMlData',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              'Models, drift and compliance of the entity, as the ML tab shows them',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityMlData',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/models': {
      get: {
        operationId: 'getEntityModels',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'Model groups and versions of the entity',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityModels',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/drift': {
      get: {
        operationId: 'getEntityDrift',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'Monitoring and drift per endpoint',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityDrift',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/compliance': {
      get: {
        operationId: 'getEntityCompliance',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "Compliance checks of the entity's profile",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityCompliance',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/lifecycle': {
      get: {
        operationId: 'getEntityLifecycle',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              'Where the entity stands in the six AIDLC stages, with the evidence',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityLifecycle',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/refresh': {
      post: {
        operationId: 'refreshEntity',
        description:
          'Reads the entity from its source now. Needs the mlops.refresh permission; one manual refresh per entity per `mlops.refresh.manualInterval` (429 with Retry-After otherwise).',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'Freshness after the refresh',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Freshness',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/approvals': {
      post: {
        operationId: 'decideModelVersion',
        description:
          "Approves or rejects one model version of the entity, with a required comment, in the registry it lives in (SageMaker `UpdateModelPackage` through the account's approval role). Needs the `mlops.model.approve` permission on the entity (its `aidlc.io/model-approvers`, else its owners); whoever registered the version may not decide on it (403); with `mlops.approval.blockOnCritical`, an approval waits until no critical check fails (409).",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ApprovalRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Decided; the entity was read again',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApprovalResult',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/evidence': {
      post: {
        operationId: 'submitEvidence',
        description:
          "A project's pipeline reports what AWS APIs cannot show. Service credentials only: a GitHub Actions OIDC token of the repository the entity's `github.com/project-slug` names, or a static token whose subject `mlops.evidence.subjects` maps to the entity. Only Components with ML annotations take evidence. Every report is kept; the newest of each kind counts.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/EvidenceSubmission',
              },
            },
          },
        },
        responses: {
          '202': {
            description: "Stored; the entity's compliance was evaluated again",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EvidenceAccepted',
                },
              },
            },
          },
        },
      },
    },
    '/compliance': {
      get: {
        operationId: 'getFleet',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/verdict',
          },
          {
            $ref: '#/components/parameters/severity',
          },
          {
            $ref: '#/components/parameters/check',
          },
          {
            $ref: '#/components/parameters/orderBy',
          },
          {
            $ref: '#/components/parameters/order',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'A page of the fleet',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FleetPage',
                },
              },
            },
          },
        },
      },
    },
    '/compliance/export': {
      get: {
        operationId: 'exportFleet',
        description:
          'The fleet view as CSV, with the filters of /compliance, at most 10,000 rows.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/verdict',
          },
          {
            $ref: '#/components/parameters/severity',
          },
          {
            $ref: '#/components/parameters/check',
          },
          {
            $ref: '#/components/parameters/orderBy',
          },
          {
            $ref: '#/components/parameters/order',
          },
        ],
        responses: {
          '200': {
            description: 'CSV',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
    },
    '/compliance/summary': {
      get: {
        operationId: 'getFleetSummary',
        responses: {
          '200': {
            description:
              'Services by verdict and the checks failing most across the fleet',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FleetSummary',
                },
              },
            },
          },
        },
      },
    },
    '/compliance/owners': {
      get: {
        operationId: 'getFleetByOwner',
        responses: {
          '200': {
            description:
              'Per owner: evaluated services, failing ones, their failures and average score, and how many services wait for their first evaluation (counted in no average)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OwnerSummaries',
                },
              },
            },
          },
        },
      },
    },
    '/lifecycle': {
      get: {
        operationId: 'getFleetLifecycle',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/stage',
          },
          {
            $ref: '#/components/parameters/stageStatus',
          },
          {
            $ref: '#/components/parameters/lifecycleOrderBy',
          },
          {
            $ref: '#/components/parameters/order',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'A page of services with the status of each stage',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LifecyclePage',
                },
              },
            },
          },
        },
      },
    },
    '/lifecycle/export': {
      get: {
        operationId: 'exportFleetLifecycle',
        description:
          'The fleet lifecycle view as CSV, with the filters of /lifecycle, at most 10,000 rows.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/stage',
          },
          {
            $ref: '#/components/parameters/stageStatus',
          },
          {
            $ref: '#/components/parameters/lifecycleOrderBy',
          },
          {
            $ref: '#/components/parameters/order',
          },
        ],
        responses: {
          '200': {
            description: 'CSV',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
    },
    '/models': {
      get: {
        operationId: 'getModelCatalog',
        parameters: [
          {
            name: 'q',
            in: 'query',
            schema: {
              type: 'string',
              maxLength: 100,
              pattern: '^[^\\x00-\\x1F\\x7F]*$',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'Model groups with their latest and approved versions',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelCatalogPage',
                },
              },
            },
          },
        },
      },
    },
    '/checks': {
      get: {
        operationId: 'getChecks',
        responses: {
          '200': {
            description: 'The check catalog',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CheckCatalog',
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
