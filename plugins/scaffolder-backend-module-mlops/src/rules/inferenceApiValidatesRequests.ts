import { block } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

export const inferenceApiValidatesRequests: TerraformRule = {
  id: 'inference-api-validates-requests',
  severity: 'high',
  title: 'The inference API validates request bodies against a model',
  check: model => {
    const bodyValidators = model
      .resources('aws_api_gateway_request_validator')
      .filter(v => v.body.validate_request_body === true);
    return everyBlock(
      model
        .resources('aws_api_gateway_method')
        .filter(m => m.body.http_method === 'POST'),
      method =>
        bodyValidators.some(v =>
          model
            .referencing('aws_api_gateway_method', 'request_validator_id', v)
            .includes(method),
        ) && Object.keys(block(method.body, 'request_models') ?? {}).length > 0,
      'needs a request_validator_id of a validator with validate_request_body = true, and request_models (the JSON schema of the model input)',
    );
  },
};
