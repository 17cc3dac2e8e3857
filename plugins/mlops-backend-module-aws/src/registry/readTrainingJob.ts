import { TrainingJobEvidence } from '@aidlc/plugin-mlops-node';
import { DescribeTrainingJobCommand } from '@aws-sdk/client-sagemaker';
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
      if (d.VpcConfig) {
        evidence.vpcConfig = {
          subnets: d.VpcConfig.Subnets ?? [],
          securityGroups: d.VpcConfig.SecurityGroupIds ?? [],
        };
      }
      const reading: TrainingJobReading = {
        evidence,
        inputs: (d.InputDataConfig ?? []).flatMap(c => {
          const uri = c.DataSource?.S3DataSource?.S3Uri;
          return uri ? [uri] : [];
        }),
      };
      if (d.AlgorithmSpecification?.TrainingImage)
        reading.image = d.AlgorithmSpecification.TrainingImage;
      if (d.OutputDataConfig?.S3OutputPath)
        reading.outputPath = d.OutputDataConfig.S3OutputPath;
      return reading;
    },
  );
}
