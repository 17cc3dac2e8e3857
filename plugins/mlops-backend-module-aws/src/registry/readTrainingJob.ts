import { TrainingJobEvidence } from '@aidlc/plugin-mlops-node';
import {
  DescribeTrainingJobCommand,
  DescribeTrainingJobResponse,
} from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { ResourceCache } from '../ResourceCache';

/** A training job: its security configuration (evidence) and its lineage (image, data). */
export interface TrainingJobReading {
  evidence: TrainingJobEvidence;
  image?: string;
  /** S3 URIs of its input channels */
  inputs: string[];
  outputPath?: string;
}

const MLFLOW_SERVER =
  /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:mlflow-tracking-server\/[A-Za-z0-9-]{1,256}$/;

/**
 * What it takes to run the job again and where it is tracked: when it ran, its image, inputs and
 * hyperparameters (counted), its experiment or MLflow tracking server. Of the environment only
 * MLFLOW_TRACKING_URI is read, and its value kept only when it is a tracking server's ARN.
 */
function reproducibility(
  d: DescribeTrainingJobResponse,
): Partial<TrainingJobEvidence> {
  const mlflow = d.Environment?.MLFLOW_TRACKING_URI;
  const tracking = {
    ...(d.ExperimentConfig?.ExperimentName && {
      experiment: d.ExperimentConfig.ExperimentName,
    }),
    ...(mlflow && {
      mlflowTrackingServer: MLFLOW_SERVER.test(mlflow)
        ? mlflow
        : 'MLFLOW_TRACKING_URI (another server)',
    }),
  };
  return {
    ...(d.CreationTime && { createdAt: d.CreationTime.toISOString() }),
    ...(d.AlgorithmSpecification?.TrainingImage && {
      image: d.AlgorithmSpecification.TrainingImage,
    }),
    inputs: inputsOf(d),
    hyperparameters: Object.keys(d.HyperParameters ?? {}).length,
    ...(Object.keys(tracking).length > 0 && { tracking }),
  };
}

function inputsOf(d: DescribeTrainingJobResponse): string[] {
  return (d.InputDataConfig ?? []).flatMap(c => {
    const uri = c.DataSource?.S3DataSource?.S3Uri;
    return uri ? [uri] : [];
  });
}

/** Describes a training job once: the jobs behind registered versions have finished and do not change. */
export function readTrainingJob(
  context: { clients: AwsClients; cache: ResourceCache; location: string },
  name: string,
): Promise<TrainingJobReading> {
  const { clients, cache, location } = context;
  return cache.read(
    `aws:${location}:training-job:${name}`,
    ResourceCache.IMMUTABLE_TTL_MS,
    async () => {
      const d = await clients.sagemaker.send(
        new DescribeTrainingJobCommand({ TrainingJobName: name }),
      );
      const evidence: TrainingJobEvidence = {
        name,
        roleArn: d.RoleArn ?? '',
        networkIsolation: d.EnableNetworkIsolation ?? false,
        interContainerEncryption:
          d.EnableInterContainerTrafficEncryption ?? false,
      };
      if (d.OutputDataConfig?.KmsKeyId)
        evidence.outputKmsKeyId = d.OutputDataConfig.KmsKeyId;
      if (d.ResourceConfig?.VolumeKmsKeyId)
        evidence.volumeKmsKeyId = d.ResourceConfig.VolumeKmsKeyId;
      Object.assign(evidence, reproducibility(d));
      if (d.VpcConfig) {
        evidence.vpcConfig = {
          subnets: d.VpcConfig.Subnets ?? [],
          securityGroups: d.VpcConfig.SecurityGroupIds ?? [],
        };
      }
      const reading: TrainingJobReading = {
        evidence,
        inputs: inputsOf(d),
      };
      if (d.AlgorithmSpecification?.TrainingImage)
        reading.image = d.AlgorithmSpecification.TrainingImage;
      if (d.OutputDataConfig?.S3OutputPath)
        reading.outputPath = d.OutputDataConfig.S3OutputPath;
      return reading;
    },
  );
}
