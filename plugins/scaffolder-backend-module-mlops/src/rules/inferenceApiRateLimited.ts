import { TerraformBlock } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

/** A limit that is set: a number above zero, or a variable or expression. */
const limited = (value: unknown) =>
  typeof value === 'string' ? value.trim() !== '' : Number(value) > 0;

export const inferenceApiRateLimited: TerraformRule = {
  id: 'inference-api-rate-limited',
  severity: 'high',
  title:
    'The inference API is throttled and its custom domains accept TLS 1.2 only',
  check: model => {
    const throttles = (stage: TerraformBlock) =>
      model
        .referencing('aws_api_gateway_method_settings', 'stage_name', stage)
        .some(s =>
          [s.body.settings ?? []]
            .flat()
            .some((x: { throttling_rate_limit?: unknown }) =>
              limited(x.throttling_rate_limit),
            ),
        ) ||
      model
        .resources('aws_api_gateway_usage_plan')
        .some(
          p =>
            JSON.stringify(p.body.api_stages ?? []).includes(
              `aws_api_gateway_stage.${stage.name}`,
            ) && Boolean(p.body.throttle_settings),
        );
    return [
      ...everyBlock(
        model.resources('aws_api_gateway_stage'),
        throttles,
        'has no throttling (aws_api_gateway_method_settings throttling_rate_limit, or a usage plan with throttle_settings)',
      ),
      ...everyBlock(
        model.resources('aws_api_gateway_domain_name'),
        d => d.body.security_policy === 'TLS_1_2',
        'needs security_policy = "TLS_1_2"',
      ),
    ];
  },
};
