import { ConfigReader } from '@backstage/config';
import { readModelType } from './readModelType';

const config = (modelType: string) =>
  new ConfigReader({ catalog: { providers: { mlops: { modelType } } } });

describe('readModelType', () => {
  it('publishes ai-model unless ml-model is asked for', () => {
    expect(readModelType(new ConfigReader({}))).toBe('ai-model');
    expect(readModelType(config('ml-model'))).toBe('ml-model');
  });

  it('refuses another type at startup, naming the key', () => {
    expect(() => readModelType(config('model'))).toThrow(
      'catalog.providers.mlops.modelType must be ai-model or ml-model, not "model"',
    );
  });
});
