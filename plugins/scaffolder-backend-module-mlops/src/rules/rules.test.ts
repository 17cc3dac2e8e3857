import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPolicyGate } from '../runPolicyGate';

/** The resources a rule flags in a project of one file. */
async function flagged(terraform: string, rule = 'no-plaintext-secrets') {
  const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
  writeFileSync(join(dir, 'main.tf'), terraform);
  const report = await runPolicyGate(dir, 'low');
  return report.violations.filter(v => v.rule === rule).map(v => v.resource);
}

describe('no-plaintext-secrets', () => {
  it("flags a literal secret in a Lambda front and a secret's value copied in, not a reference to Secrets Manager or a plain setting", async () => {
    await expect(
      flagged(`
resource "aws_lambda_function" "leaky" {
  function_name = "leaky"
  environment {
    variables = {
      MODEL_API_TOKEN = "tok_live_4eC39HqLyjWDarjtT1zdp7dc"
    }
  }
}

resource "aws_lambda_function" "clean" {
  function_name = "clean"
  environment {
    variables = {
      MODEL_API_TOKEN_SECRET_ARN = aws_secretsmanager_secret.token.arn
      MAX_NEW_TOKENS             = "512"
    }
  }
}

resource "aws_lambda_function" "copied" {
  function_name = "copied"
  environment {
    variables = {
      DB_PASSWORD = aws_secretsmanager_secret_version.db.secret_string
    }
  }
}
`),
    ).resolves.toEqual([
      'aws_lambda_function.copied',
      'aws_lambda_function.leaky',
    ]);
  });
});

describe('inference-api-rate-limited', () => {
  it('refuses a custom domain that accepts TLS 1.0, and a stage without throttling', async () => {
    await expect(
      flagged(
        `
resource "aws_api_gateway_stage" "ml" {
  stage_name = "prod"
}

resource "aws_api_gateway_domain_name" "ml" {
  domain_name     = "scores.example.com"
  security_policy = "TLS_1_0"
}
`,
        'inference-api-rate-limited',
      ),
    ).resolves.toEqual([
      'aws_api_gateway_stage.ml',
      'aws_api_gateway_domain_name.ml',
    ]);
  });
});
