import {
  environmentVariable,
  InferenceApiEvidence,
} from '@aidlc/plugin-mlops-node';
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { AwsClients } from '../AwsClients';
import { VALIDATION_TAG } from './readLambdaFront';

/**
 * An ECS task definition in front of a model: its containers' plain environment, judged by name and
 * value (`secrets` are references to Secrets Manager or Parameter Store, never flagged), whether its
 * tasks get their own network interfaces in the VPC (`awsvpc`), and the validation its tags declare.
 */
export async function readEcsFront(
  clients: AwsClients,
  taskDefinition: string,
): Promise<InferenceApiEvidence> {
  const answer = await clients.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] }),
  );
  const definition = answer.taskDefinition ?? {};
  const name = `${definition.family ?? taskDefinition}:${
    definition.revision ?? ''
  }`;
  const declared = answer.tags?.find(t => t.key === VALIDATION_TAG)?.value;
  return {
    name,
    kind: 'ecs',
    compute: {
      kind: 'ecs-task',
      name,
      environment: (definition.containerDefinitions ?? []).flatMap(c => [
        ...(c.environment ?? []).map(v =>
          environmentVariable(v.name ?? '', v.value ?? ''),
        ),
        ...(c.secrets ?? []).map(s => ({ name: s.name ?? '' })),
      ]),
      inVpc: definition.networkMode === 'awsvpc',
    },
    ...(declared
      ? { requestValidation: `declared by the task definition: ${declared}` }
      : {}),
  };
}
