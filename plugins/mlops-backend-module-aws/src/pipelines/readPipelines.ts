import { AwsResourceName, PipelineEvidence } from '@aidlc/plugin-mlops-node';
import {
  DescribePipelineCommand,
  ListPipelineExecutionsCommand,
  ListPipelinesCommand,
} from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { ResourceCache } from '../ResourceCache';
import { parsePipelineDefinition } from './parsePipelineDefinition';
import { readPipelineTriggers } from './readPipelineTriggers';

/** Most pipelines read per entity. */
const MAX_PIPELINES = 10;

export interface PipelineContext {
  clients: AwsClients;
  cache: ResourceCache;
  location: string;
  /** Pipelines change (new executions, rules): they are read again after this */
  ttlMs: number;
}

/** The names of the pipelines whose names start with a model group's (the template names them so). */
async function pipelinesOfGroup(context: PipelineContext, group: string) {
  return context.cache.read(
    `aws:${context.location}:pipelines-named:${group}`,
    context.ttlMs,
    async () => {
      const { PipelineSummaries = [] } = await context.clients.sagemaker.send(
        new ListPipelinesCommand({
          PipelineNamePrefix: group,
          MaxResults: MAX_PIPELINES,
        }),
      );
      return PipelineSummaries.map(p => p.PipelineName).filter(
        (name): name is string => Boolean(name),
      );
    },
  );
}

/** One pipeline: its steps, its newest execution and the rules that start it. */
function readPipeline(
  context: PipelineContext,
  name: string,
): Promise<PipelineEvidence> {
  const { clients, cache, location, ttlMs } = context;
  return cache.read(`aws:${location}:pipeline:${name}`, ttlMs, async () => {
    const [pipeline, executions] = await Promise.all([
      clients.sagemaker.send(
        new DescribePipelineCommand({ PipelineName: name }),
      ),
      clients.sagemaker.send(
        new ListPipelineExecutionsCommand({
          PipelineName: name,
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: 1,
        }),
      ),
    ]);
    const arn = pipeline.PipelineArn ?? name;
    const newest = executions.PipelineExecutionSummaries?.[0];
    return {
      name: pipeline.PipelineName ?? name,
      arn,
      steps: parsePipelineDefinition(pipeline.PipelineDefinition),
      ...(newest?.StartTime && {
        lastExecution: {
          status: newest.PipelineExecutionStatus ?? 'Unknown',
          startedAt: newest.StartTime.toISOString(),
        },
      }),
      triggers: await readPipelineTriggers(clients, arn),
    };
  });
}

/**
 * The pipelines of an entity: those its annotation names, else those named after its model groups.
 * Read-only: ListPipelines, DescribePipeline, ListPipelineExecutions and EventBridge's rule reads.
 */
export async function readPipelines(
  context: PipelineContext,
  named: AwsResourceName[] | undefined,
  groups: string[],
): Promise<PipelineEvidence[]> {
  const names = named
    ? named.map(p => p.name)
    : (await Promise.all(groups.map(g => pipelinesOfGroup(context, g)))).flat();
  return Promise.all(
    [...new Set(names)]
      .slice(0, MAX_PIPELINES)
      .map(name => readPipeline(context, name)),
  );
}
