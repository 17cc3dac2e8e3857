import { Severity } from '@aidlc/plugin-mlops-common';
import { TerraformBlock, TerraformModel } from './TerraformModel';

/** What a rule found wrong: where, and why. */
export interface Finding {
  message: string;
  /** `type.name` of the resource, when one is at fault */
  resource?: string;
  file?: string;
}

/** One control of the secure ML pipeline, checked on the Terraform of a project. */
export interface TerraformRule {
  id: string;
  severity: Severity;
  title: string;
  check(model: TerraformModel): Finding[];
}

/** A finding for each block that does not pass. */
export function everyBlock(
  blocks: TerraformBlock[],
  passes: (block: TerraformBlock) => boolean,
  failure: string,
): Finding[] {
  return blocks
    .filter(b => !passes(b))
    .map(b => ({
      resource: `${b.type}.${b.name}`,
      file: b.file,
      message: `${b.type}.${b.name} ${failure}`,
    }));
}

/** A finding when the project declares no resource of this type at all. */
export function declares(
  model: TerraformModel,
  type: string,
  what: string,
): Finding[] {
  return model.resources(type).length > 0
    ? []
    : [{ message: `No ${type}: ${what}` }];
}
