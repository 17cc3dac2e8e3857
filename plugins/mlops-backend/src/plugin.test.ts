import { demoFile } from './__testUtils__/demoCatalog';
import { startMlopsBackend } from './__testUtils__/startMlopsBackend';

describe('mlopsPlugin', () => {
  it('refuses to start without a source, saying what to configure', async () => {
    // What the production config leaves: the local default's demo turned off, no mlops.aws
    await expect(
      startMlopsBackend({
        mlops: { demo: { file: 'examples/mlops-demo.yaml', enabled: false } },
      }),
    ).rejects.toThrow(
      /The mlops plugin has no source: configure mlops\.aws .* to serve the demo data on purpose, set mlops\.demo\.enabled: true and mlops\.demo\.file/,
    );
  });

  it('starts on the demo when it is asked for (APP_CONFIG_mlops_demo_enabled=true in production)', async () => {
    const backend = await startMlopsBackend({
      mlops: { demo: { file: demoFile, enabled: true } },
    });
    await backend.stop();
  });
});
