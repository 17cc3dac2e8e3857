import { readMlopsTarget } from '@aidlc/plugin-mlops-node';
import {
  componentEntityV1alpha1Validator,
  entitySchemaValidator,
} from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  dryRun,
  startScaffolder,
  VALUES,
  writeTree,
} from './__testUtils__/dryRun';

describe('the Secure ML service template, in a scaffolder dry run', () => {
  let server: Awaited<ReturnType<typeof startScaffolder>>;
  let files: { path: string; base64Content: string }[];
  let log: string;
  let output: { text: { title: string; content: string }[] };
  const text = (path: string) =>
    Buffer.from(
      files.find(f => f.path === path)!.base64Content,
      'base64',
    ).toString('utf8');

  beforeAll(async () => {
    server = await startScaffolder();
    const response = await dryRun(server);
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    files = response.body.directoryContents;
    output = response.body.output;
    log = response.body.log
      .map((l: { body: { message: string } }) => l.body.message)
      .join('\n');
  }, 60_000);

  it('renders docs whose every page is in the TechDocs navigation, with the incident response plan', () => {
    const content = (path: string) =>
      Buffer.from(
        files.find(f => f.path === path)!.base64Content,
        'base64',
      ).toString('utf8');
    const nav = [...content('mkdocs.yml').matchAll(/:\s+(\S+\.md)$/gm)].map(
      m => `docs/${m[1]}`,
    );
    const pages = files
      .map(f => f.path)
      .filter(path => path.startsWith('docs/') && path.endsWith('.md'));
    expect(nav.sort()).toEqual(pages.sort());
    expect(content('docs/incident-response.md')).toMatch(
      /# Incident response plan[\s\S]*Contain[\s\S]*Preserve evidence/,
    );
    // No plugin a portal without techdocs-core would fail on
    expect(content('mkdocs.yml')).not.toMatch(/^plugins:/m);
  });

  it('reviews the policy gate as a table of every control', async () => {
    expect(output.text[0]).toMatchObject({ title: 'Policy gate' });
    const table: string = output.text[0].content;
    expect(table).toMatch(/\| Control \| Rule \| Severity \| Result \|/);
    expect(table).toMatch(
      /\| `role-no-admin-policies` \| critical \| ✓ passed \|/,
    );
    expect(table).not.toContain('✗');
  });

  it('renders the whole skeleton', () => {
    const paths = files.map(f => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'catalog-info.yaml',
        'README.md',
        'mkdocs.yml',
        'docs/controls.md',
        'docs/runbook.md',
        'docs/incident-response.md',
        'terraform/kms.tf',
        'terraform/network.tf',
        'terraform/storage.tf',
        'terraform/iam.tf',
        'terraform/sagemaker.tf',
        'terraform/monitoring.tf',
        'terraform/audit.tf',
        'terraform/environments/prod.tfvars',
        'ml/pipeline.py',
        'ml/model_card.json',
        'terraform/retraining.tf',
        'ml/drift_job.py',
        'ml/validate_data.py',
        'ml/Dockerfile',
        'ml/tests/test_drift.py',
        '.github/workflows/pull-request.yml',
        '.github/workflows/deploy.yml',
        'policy-gate-report.json',
      ]),
    );
    for (const file of files.filter(f => !f.path.startsWith('.github/'))) {
      expect({
        path: file.path,
        leftover: text(file.path).match(/\$\{\{|\{%/),
      }).toEqual({ path: file.path, leftover: null });
    }
    // Workflows are copied as they are: GitHub evaluates their expressions.
    expect(text('.github/workflows/deploy.yml')).toContain(
      '${{ matrix.environment }}',
    );
  });

  it('writes a model card stub in SageMaker model card JSON, which the deploy job links to the deployed version', () => {
    const card = JSON.parse(text('ml/model_card.json'));
    expect(card.model_overview).toMatchObject({
      model_description: 'Scores card payments for fraud risk in real time',
      model_owner: 'group:default/fraud-ml',
      algorithm_type: 'xgboost',
    });
    // The sections the portal shows, with TODOs for the authors
    expect(card.intended_uses.purpose_of_model).toMatch(
      /^TODO: what payment-risk-scorer decides/,
    );
    expect(Object.keys(card)).toEqual(
      expect.arrayContaining([
        'intended_uses',
        'business_details',
        'training_details',
        'evaluation_details',
      ]),
    );
    expect(text('.github/workflows/deploy.yml')).toMatch(
      /model_package_details = \{model_package_arn: \$arn\}[\s\S]*create-model-card --model-card-name "\$name" --content file:\/\/model-card.json/,
    );
  });

  it('writes a catalog entity with the ML annotations and the values entered', async () => {
    const entity = parse(text('catalog-info.yaml'));
    // What the catalog itself checks when it reads the file
    expect(entitySchemaValidator()(entity)).toBe(entity);
    await expect(componentEntityV1alpha1Validator.check(entity)).resolves.toBe(
      true,
    );
    expect(entity).toMatchObject({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'payment-risk-scorer',
        description: VALUES.description,
      },
      spec: { type: 'service', owner: VALUES.owner, system: VALUES.system },
    });
    expect(readMlopsTarget(entity)).toMatchObject({
      modelPackageGroups: [{ name: 'payment-risk-scorer' }],
      endpoints: [{ name: 'payment-risk-scorer-prod' }],
      account: '111122223333',
      region: 'eu-west-1',
      profile: 'restricted-data',
      dataClassification: 'restricted',
    });
    expect(entity.metadata.annotations['github.com/project-slug']).toBe(
      'acme/payment-risk-scorer',
    );
  });

  it('puts the chosen settings into the Terraform', () => {
    const variables = text('terraform/variables.tf');
    expect(variables).toContain('default     = "payment-risk-scorer"');
    expect(variables).toContain('default     = 0.15');
    expect(variables).toContain('default     = "rate(30 minutes)"');
    expect(text('terraform/sagemaker.tf')).toContain(
      'type                     = "LINEAR"',
    );
    expect(text('terraform/environments/prod.backend.hcl')).toContain(
      'key          = "payment-risk-scorer/prod.tfstate"',
    );
    expect(text('ml/requirements.txt')).toContain('xgboost');
  });

  it('passes the policy gate', () => {
    expect(JSON.parse(text('policy-gate-report.json'))).toMatchObject({
      passed: true,
      violations: [],
      failOn: 'low',
    });
    expect(log).toMatch(/Policy gate passed/);
  });

  it('refuses bad parameters with a clear message', async () => {
    const response = await dryRun(server, {
      ...VALUES,
      name: 'Payment Scorer',
      awsAccountId: '1234',
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(
      /name.*does not match pattern|pattern.*name/i,
    );
  });

  it('renders serverless and batch variants that pass the gate too', async () => {
    for (const inferenceMode of ['serverless', 'batch']) {
      const response = await dryRun(server, {
        ...VALUES,
        inferenceMode,
        dataClassification: 'internal',
      });
      expect(response.status).toBe(200);
      const dir = writeTree(response.body.directoryContents);
      const report = JSON.parse(
        readFileSync(join(dir, 'policy-gate-report.json'), 'utf8'),
      );
      expect({ inferenceMode, violations: report.violations }).toEqual({
        inferenceMode,
        violations: [],
      });
    }
  }, 60_000);

  it("publishes to the portal's disk without a repository, with a valid catalog entity", async () => {
    const { repoUrl: _repoUrl, ...values } = VALUES;
    const response = await dryRun(server, { ...values, publishTo: 'local' });
    expect(response.status).toBe(200);
    const steps = response.body.log
      .map((l: { body: { message: string } }) => l.body.message)
      .join('\n');
    // Not GitHub but the portal's disk (which a dry run only describes)
    expect(steps).toMatch(/Skipping step publish because/);
    expect(steps).toMatch(/Skipping step register because/);
    expect(steps).toMatch(/Running mlops:publish:local in dry-run mode/);
    const dir = writeTree(response.body.directoryContents);
    const entity = parse(readFileSync(join(dir, 'catalog-info.yaml'), 'utf8'));
    expect(entitySchemaValidator()(entity)).toBe(entity);
    expect(entity.metadata.annotations).not.toHaveProperty(
      'github.com/project-slug',
    );
  }, 60_000);
});
