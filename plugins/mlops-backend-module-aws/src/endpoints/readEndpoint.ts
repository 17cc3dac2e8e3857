import { EndpointEvidence, ModelEvidence } from '@aidlc/plugin-mlops-node';
import {
  DeploymentConfig,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
} from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { EvidenceGaps, readSection } from '../awsErrors';
import { environmentVariable } from '@aidlc/plugin-mlops-node';
import { ResourceCache } from '../ResourceCache';

export interface EndpointContext {
  clients: AwsClients;
  cache: ResourceCache;
  location: string;
}

/** An endpoint as the compliance checks see it, and the resources it leads to. */
export interface EndpointReading {
  endpoint: EndpointEvidence;
  models: ModelEvidence[];
  /** S3 URIs: model artifacts and data capture destination */
  artifacts: string[];
  dataCapture?: string;
  kmsKeys: string[];
}

function strategyOf(
  config: DeploymentConfig | undefined,
): NonNullable<EndpointEvidence['deployment']> {
  const routing =
    config?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.Type;
  const strategies = {
    CANARY: 'canary',
    LINEAR: 'linear',
    ALL_AT_ONCE: 'all-at-once',
  } as const;
  return {
    strategy: routing
      ? strategies[routing as keyof typeof strategies] ?? 'none'
      : 'none',
    autoRollbackAlarms: (
      config?.AutoRollbackConfiguration?.Alarms ?? []
    ).flatMap(a => (a.AlarmName ? [a.AlarmName] : [])),
  };
}

async function readModel(context: EndpointContext, name: string) {
  const { clients, cache, location } = context;
  // A SageMaker model cannot be changed, only deleted and created again.
  return cache.read(
    `aws:${location}:model:${name}`,
    ResourceCache.IMMUTABLE_TTL_MS,
    async () => {
      const d = await clients.sagemaker.send(
        new DescribeModelCommand({ ModelName: name }),
      );
      const containers = d.PrimaryContainer
        ? [d.PrimaryContainer]
        : d.Containers ?? [];
      const evidence: ModelEvidence = {
        name,
        executionRoleArn: d.ExecutionRoleArn ?? '',
        networkIsolation: d.EnableNetworkIsolation ?? false,
        // Names and verdicts only: the values stay here
        environment: containers.flatMap(c =>
          Object.entries(c.Environment ?? {}).map(([variable, value]) =>
            environmentVariable(variable, value),
          ),
        ),
        images: containers.flatMap(c => (c.Image ? [c.Image] : [])),
      };
      if (d.VpcConfig) {
        evidence.vpcConfig = {
          subnets: d.VpcConfig.Subnets ?? [],
          securityGroups: d.VpcConfig.SecurityGroupIds ?? [],
        };
      }
      return {
        evidence,
        packages: containers.flatMap(c =>
          c.ModelPackageName ? [c.ModelPackageName] : [],
        ),
        artifacts: containers.flatMap(c =>
          c.ModelDataUrl ? [c.ModelDataUrl] : [],
        ),
      };
    },
  );
}

async function readEndpointConfig(context: EndpointContext, name: string) {
  const { clients, cache, location } = context;
  // Endpoint configurations are immutable: an update deploys a new one.
  return cache.read(
    `aws:${location}:endpoint-config:${name}`,
    ResourceCache.IMMUTABLE_TTL_MS,
    async () => {
      const d = await clients.sagemaker.send(
        new DescribeEndpointConfigCommand({ EndpointConfigName: name }),
      );
      return {
        kmsKeyId: d.KmsKeyId ?? null,
        variants: (d.ProductionVariants ?? []).map(v => ({
          name: v.VariantName ?? '',
          modelName: v.ModelName ?? '',
          instanceCount: v.InitialInstanceCount ?? 0,
          ...(v.InitialVariantWeight !== undefined
            ? { weight: v.InitialVariantWeight }
            : {}),
          serverless: Boolean(v.ServerlessConfig),
        })),
        dataCapture: d.DataCaptureConfig
          ? {
              enabled: d.DataCaptureConfig.EnableCapture ?? true,
              destination: d.DataCaptureConfig.DestinationS3Uri ?? null,
              kmsKeyId: d.DataCaptureConfig.KmsKeyId ?? null,
            }
          : null,
      };
    },
  );
}

/**
 * Reads an endpoint (every refresh: it is what changes), its configuration and its models (once: they
 * are immutable). A model AWS does not let us describe becomes a gap of the `models` section.
 */
export async function readEndpoint(
  context: EndpointContext,
  name: string,
  gaps: EvidenceGaps,
): Promise<EndpointReading> {
  const endpoint = await context.clients.sagemaker.send(
    new DescribeEndpointCommand({ EndpointName: name }),
  );
  if (!endpoint.EndpointConfigName) {
    throw new Error(`Endpoint ${name} has no endpoint configuration`);
  }
  const config = await readEndpointConfig(context, endpoint.EndpointConfigName);
  const live = new Map(
    (endpoint.ProductionVariants ?? []).map(v => [v.VariantName, v]),
  );
  const models =
    (await readSection(gaps, 'models', () =>
      Promise.all(
        [...new Set(config.variants.map(v => v.modelName))].map(m =>
          readModel(context, m),
        ),
      ),
    )) ?? [];
  const dataCapture = config.dataCapture;
  const packagesOf = new Map(models.map(m => [m.evidence.name, m.packages]));
  const evidence: EndpointEvidence = {
    name,
    // What runs now: the live instance counts and weights over the configured ones.
    variants: config.variants.map(v => {
      const now = live.get(v.name);
      const packages = packagesOf.get(v.modelName) ?? [];
      const weight = now?.CurrentWeight ?? v.weight;
      return {
        ...v,
        instanceCount: now?.CurrentInstanceCount ?? v.instanceCount,
        ...(packages.length > 0 ? { modelPackages: packages } : {}),
        ...(weight !== undefined ? { weight } : {}),
      };
    }),
    ...(endpoint.LastModifiedTime
      ? { updatedAt: endpoint.LastModifiedTime.toISOString() }
      : {}),
    deployment: strategyOf(endpoint.LastDeploymentConfig),
    servedModelPackages: models.flatMap(m => m.packages),
  };
  if (config.kmsKeyId) evidence.kmsKeyId = config.kmsKeyId;
  if (dataCapture) {
    evidence.dataCapture = {
      // The live summary says whether capture is on now; the configuration says where it goes.
      enabled: endpoint.DataCaptureConfig?.EnableCapture ?? dataCapture.enabled,
      ...(dataCapture.kmsKeyId ? { kmsKeyId: dataCapture.kmsKeyId } : {}),
      ...(dataCapture.destination
        ? { destination: dataCapture.destination }
        : {}),
    };
  }
  return {
    endpoint: evidence,
    models: models.map(m => m.evidence),
    artifacts: models.flatMap(m => m.artifacts),
    dataCapture: dataCapture?.destination ?? undefined,
    kmsKeys: [config.kmsKeyId, dataCapture?.kmsKeyId].flatMap(k =>
      k ? [k] : [],
    ),
  };
}
