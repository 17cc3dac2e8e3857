import {
  mlopsEntityReadPermission,
  ModelCatalogRow,
} from '@aidlc/plugin-mlops-common';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { Readable } from 'node:stream';
import {
  ANNOTATION_MODEL_GROUP_ARN,
  modelEntities,
} from '@aidlc/plugin-mlops-node';

/** A model as portal search indexes it. */
export interface ModelDocument extends IndexableDocument {
  entityRef: string;
  owner: string;
  approvalStatus: string;
  servedBy: string;
}

/**
 * Search documents of type `ml-model`: found by group name, owner and approval status, linking to
 * the model's catalog entity (the same names the entity provider gives). Search shows a document
 * only to users who may read the ML data of the service that serves it (`mlops.entity.read`).
 */
export class ModelCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'ml-model';
  readonly visibilityPermission = mlopsEntityReadPermission;

  constructor(private readonly read: () => Promise<ModelCatalogRow[]>) {}

  async getCollator(): Promise<Readable> {
    const rows = await this.read();
    const statusByArn = new Map(
      rows.map(r => [r.arn, r.latestStatus ?? 'none']),
    );
    const documents: ModelDocument[] = modelEntities(rows, '').map(entity => {
      const { namespace, name, title, description, annotations } =
        entity.metadata;
      const spec = entity.spec as { owner: string; dependencyOf: string[] };
      const approvalStatus = statusByArn.get(
        annotations![ANNOTATION_MODEL_GROUP_ARN],
      )!;
      return {
        title: title!,
        text: `${description} Owner ${
          spec.owner
        }. Served by ${spec.dependencyOf.join(', ')}.`,
        location: `/catalog/${namespace}/resource/${name}`,
        entityRef: `resource:${namespace}/${name}`,
        owner: spec.owner,
        approvalStatus,
        servedBy: spec.dependencyOf.join(' '),
        // A group served by several services is shown to those who may read the first one.
        authorization: { resourceRef: spec.dependencyOf[0] },
      };
    });
    return Readable.from(documents);
  }
}
