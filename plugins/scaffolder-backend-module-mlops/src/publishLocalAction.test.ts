import { createMockDirectory } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPublishLocalAction } from './publishLocalAction';

const CATALOG_INFO = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payment-risk-scorer
spec: { type: service, owner: fraud-ml, lifecycle: experimental }
`;

function setup(directory?: string) {
  const workspace = createMockDirectory();
  workspace.setContent({
    'catalog-info.yaml': CATALOG_INFO,
    'docs/index.md': '# payment-risk-scorer',
    'terraform/kms.tf': 'resource "aws_kms_key" "data" {}',
  });
  const catalog = catalogServiceMock.mock({
    addLocation: jest.fn().mockResolvedValue({
      location: { id: '1', type: 'file', target: 'x' },
      entities: [],
    }),
  });
  const action = createPublishLocalAction({ directory, catalog });
  const context = (name: string) =>
    createMockActionContext({
      workspacePath: workspace.path,
      input: { name },
    });
  return { action, catalog, context };
}

describe('mlops:publish:local', () => {
  it("writes the project to the portal's disk and registers its catalog-info.yaml", async () => {
    const projects = createMockDirectory();
    const { action, catalog, context } = setup(projects.path);
    const ctx = context('payment-risk-scorer');
    await action.handler(ctx);

    const target = join(projects.path, 'payment-risk-scorer');
    expect(readFileSync(join(target, 'docs/index.md'), 'utf8')).toBe(
      '# payment-risk-scorer',
    );
    expect(existsSync(join(target, 'terraform/kms.tf'))).toBe(true);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: join(target, 'catalog-info.yaml') },
      expect.objectContaining({ credentials: expect.anything() }),
    );
    expect(ctx.output).toHaveBeenCalledWith('path', target);
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'component:default/payment-risk-scorer',
    );
  });

  it('never overwrites a project published before', async () => {
    const projects = createMockDirectory();
    projects.setContent({ 'payment-risk-scorer/README.md': 'mine' });
    const { action, catalog, context } = setup(projects.path);
    await expect(
      action.handler(context('payment-risk-scorer')),
    ).rejects.toMatchObject({ name: 'ConflictError' });
    expect(
      readFileSync(
        join(projects.path, 'payment-risk-scorer/README.md'),
        'utf8',
      ),
    ).toBe('mine');
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('removes the folder again when the catalog refuses the location, so the next try can succeed', async () => {
    const projects = createMockDirectory();
    const { action, catalog, context } = setup(projects.path);
    catalog.addLocation.mockRejectedValueOnce(
      new Error('Registered locations must be of an allowed type ["url"]'),
    );
    await expect(
      action.handler(context('payment-risk-scorer')),
    ).rejects.toThrow(/catalogModuleMlopsLocalProjects/);
    expect(existsSync(join(projects.path, 'payment-risk-scorer'))).toBe(false);
  });

  it('refuses when the portal has no folder for local projects (production)', async () => {
    const { action, catalog, context } = setup(undefined);
    await expect(
      action.handler(context('payment-risk-scorer')),
    ).rejects.toThrow(/mlops.templates.localPublishDirectory is not set/);
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('keeps a name from escaping the folder', async () => {
    const projects = createMockDirectory();
    const { action, context } = setup(projects.path);
    await expect(action.handler(context('../outside'))).rejects.toThrow();
    expect(existsSync(join(projects.path, '..', 'outside'))).toBe(false);
  });
});
