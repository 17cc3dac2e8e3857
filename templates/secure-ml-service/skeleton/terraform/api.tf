{%- if values.apiFront and values.inferenceMode != 'batch' %}
# The inference API callers use: API Gateway validates each request against the model's input schema,
# throttles the stage, and sits behind a WAF rate-based rule; a Lambda in the private subnets invokes
# the endpoint through the VPC endpoint. The portal reads all of it (aidlc.io/inference-api).
resource "aws_api_gateway_rest_api" "ml" {
  name = "${var.name}-${var.environment}"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_model" "request" {
  rest_api_id  = aws_api_gateway_rest_api.ml.id
  name         = "InferenceRequest"
  content_type = "application/json"
  schema       = file("${path.module}/../ml/request.schema.json")
}

resource "aws_api_gateway_request_validator" "body" {
  rest_api_id           = aws_api_gateway_rest_api.ml.id
  name                  = "body"
  validate_request_body = true
}

resource "aws_api_gateway_resource" "invocations" {
  rest_api_id = aws_api_gateway_rest_api.ml.id
  parent_id   = aws_api_gateway_rest_api.ml.root_resource_id
  path_part   = "invocations"
}

resource "aws_api_gateway_method" "invoke" {
  rest_api_id          = aws_api_gateway_rest_api.ml.id
  resource_id          = aws_api_gateway_resource.invocations.id
  http_method          = "POST"
  authorization        = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.body.id
  request_models       = { "application/json" = aws_api_gateway_model.request.name }
}

resource "aws_api_gateway_integration" "invoke" {
  rest_api_id             = aws_api_gateway_rest_api.ml.id
  resource_id             = aws_api_gateway_resource.invocations.id
  http_method             = aws_api_gateway_method.invoke.http_method
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = aws_lambda_function.front.invoke_arn
}

resource "aws_api_gateway_deployment" "ml" {
  rest_api_id = aws_api_gateway_rest_api.ml.id
  triggers = {
    redeployment = sha1(jsonencode([aws_api_gateway_method.invoke, aws_api_gateway_integration.invoke, aws_api_gateway_model.request]))
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "ml" {
  rest_api_id          = aws_api_gateway_rest_api.ml.id
  deployment_id        = aws_api_gateway_deployment.ml.id
  stage_name           = var.environment
  xray_tracing_enabled = true
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.ml.id
  stage_name  = aws_api_gateway_stage.ml.stage_name
  method_path = "*/*"
  settings {
    throttling_rate_limit  = var.api_rate_limit
    throttling_burst_limit = var.api_burst_limit
    metrics_enabled        = true
  }
}

resource "aws_wafv2_web_acl" "api" {
  name  = "${var.name}-${var.environment}-api"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "per-ip-rate"
    priority = 0
    action {
      block {}
    }
    statement {
      rate_based_statement {
        limit              = var.api_requests_per_5_minutes
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "per-ip-rate"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${var.name}-${var.environment}-api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_api_gateway_stage.ml.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

resource "aws_lambda_function" "front" {
  function_name = "${var.name}-${var.environment}-front"
  role          = aws_iam_role.front.arn
  package_type  = "Image"
  image_uri     = "${aws_ecr_repository.ml.repository_url}:${var.image_tag}"
  image_config {
    entry_point = ["python3", "-m", "awslambdaric"]
    command     = ["front.handler"]
  }
  timeout                        = 30
  kms_key_arn                    = aws_kms_key.models.arn
  reserved_concurrent_executions = var.api_concurrency
  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = [aws_security_group.ml.id]
  }
  environment {
    variables = {
      ENDPOINT_NAME  = "${var.name}-${var.environment}"
      REQUEST_SCHEMA = "request.schema.json"
    }
  }
  tracing_config {
    mode = "Active"
  }
  tags = {
    "aidlc:request-validation" = "json-schema request.schema.json"
  }
}

resource "aws_lambda_permission" "api" {
  statement_id  = "AllowTheInferenceApi"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.front.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.ml.execution_arn}/*/POST/invocations"
}
{%- if values.apiDomainName %}

# The API's own name, TLS 1.2 only.
resource "aws_api_gateway_domain_name" "ml" {
  domain_name              = "${{ values.apiDomainName }}"
  regional_certificate_arn = var.api_certificate_arn
  security_policy          = "TLS_1_2"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_base_path_mapping" "ml" {
  api_id      = aws_api_gateway_rest_api.ml.id
  stage_name  = aws_api_gateway_stage.ml.stage_name
  domain_name = aws_api_gateway_domain_name.ml.domain_name
}
{%- endif %}
{%- endif %}
