import { parse } from '@cdktf/hcl2json';
import { InputError, isError } from '@backstage/errors';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A `resource` or `data` block of a Terraform file, as HCL2 reads it (nested blocks are arrays). */
export interface TerraformBlock {
  kind: 'resource' | 'data';
  type: string;
  name: string;
  /** Path relative to the workspace */
  file: string;
  body: Record<string, any>;
}

/** Every resource and data block of the `.tf` files under a directory. */
export class TerraformModel {
  constructor(
    readonly blocks: TerraformBlock[],
    /** Every `.tf` file read, relative to the workspace */
    readonly files: string[] = [...new Set(blocks.map(b => b.file))],
  ) {}

  /**
   * Parses every `.tf` file under `dir` (skipping `.terraform` and hidden folders).
   * @throws InputError naming the file that is not valid HCL2.
   */
  static async read(dir: string): Promise<TerraformModel> {
    const blocks: TerraformBlock[] = [];
    const paths = await terraformFiles(dir);
    for (const path of paths) {
      const file = relative(dir, path);
      let json: Record<string, any>;
      try {
        json = await parse(file, await readFile(path, 'utf8'));
      } catch (error) {
        throw new InputError(
          `${file} is not valid Terraform (HCL2): ${(isError(error)
            ? error.message
            : String(error)
          ).trim()}`,
        );
      }
      for (const kind of ['resource', 'data'] as const) {
        for (const [type, named] of Object.entries(json[kind] ?? {})) {
          for (const [name, bodies] of Object.entries(
            named as Record<string, any[]>,
          )) {
            for (const body of bodies)
              blocks.push({ kind, type, name, file, body });
          }
        }
      }
    }
    return new TerraformModel(
      blocks,
      paths.map(p => relative(dir, p)),
    );
  }

  resources(type: string): TerraformBlock[] {
    return this.blocks.filter(b => b.kind === 'resource' && b.type === type);
  }

  data(type: string): TerraformBlock[] {
    return this.blocks.filter(b => b.kind === 'data' && b.type === type);
  }

  /** The resources of `type` whose `attribute` refers to `target` (`aws_s3_bucket.models.id`, ...) */
  referencing(
    type: string,
    attribute: string,
    target: TerraformBlock,
  ): TerraformBlock[] {
    return this.resources(type).filter(r =>
      refersTo(r.body[attribute], target),
    );
  }
}

/** True when an expression mentions the block, as `aws_s3_bucket.models` or `data.x.y`. */
export function refersTo(expression: unknown, target: TerraformBlock): boolean {
  if (typeof expression !== 'string') return false;
  const address = `${target.kind === 'data' ? 'data.' : ''}${target.type}.${
    target.name
  }`;
  return new RegExp(
    `(^|[^\\w.])${address.replace(/\./g, '\\.')}(\\b|\\[)`,
  ).test(expression);
}

/** The first nested block of that name (HCL2 JSON keeps nested blocks as arrays). */
export function block(
  body: Record<string, any> | undefined,
  name: string,
): Record<string, any> | undefined {
  const value = body?.[name];
  return Array.isArray(value) ? value[0] : value;
}

async function terraformFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(entry => {
      const path = join(dir, entry.name);
      if (entry.isDirectory())
        return entry.name.startsWith('.') ? [] : terraformFiles(path);
      return entry.name.endsWith('.tf') ? [path] : [];
    }),
  );
  return nested.flat().sort();
}
