# The registry: the pipeline registers versions as PendingManualApproval; a reviewer approves them.
resource "aws_sagemaker_model_package_group" "ml" {
  model_package_group_name        = var.name
  model_package_group_description = "${{ values.description }}"
}

locals {
  # No endpoint until a version is approved and the deploy workflow passes its ARN.
  serving = var.model_package_arn == "" ? 0 : 1
}

resource "aws_sagemaker_model" "ml" {
  count                    = local.serving
  name                     = "${var.name}-${var.environment}-${substr(sha1(var.model_package_arn), 0, 8)}"
  execution_role_arn       = aws_iam_role.inference.arn
  enable_network_isolation = true
  primary_container {
    model_package_name = var.model_package_arn
  }
  vpc_config {
    subnets            = aws_subnet.private[*].id
    security_group_ids = [aws_security_group.ml.id]
  }
}
{% if values.inferenceMode != 'batch' %}
resource "aws_sagemaker_endpoint_configuration" "ml" {
  count       = local.serving
  name_prefix = "${var.name}-${var.environment}-"
  kms_key_arn = aws_kms_key.models.arn
  production_variants {
    variant_name = "AllTraffic"
    model_name   = aws_sagemaker_model.ml[0].name
{%- if values.inferenceMode == 'serverless' %}
    serverless_config {
      max_concurrency   = 20
      memory_size_in_mb = 2048
    }
{%- else %}
    instance_type          = var.instance_type
    initial_instance_count = var.instance_count
{%- endif %}
  }
  data_capture_config {
    enable_capture              = true
    initial_sampling_percentage = 20
    destination_s3_uri          = "s3://${aws_s3_bucket.ml["capture"].id}/${var.name}"
    kms_key_id                  = aws_kms_key.data.arn
    capture_options {
      capture_mode = "Input"
    }
    capture_options {
      capture_mode = "Output"
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "ml" {
  count                = local.serving
  name                 = "${var.name}-${var.environment}"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.ml[0].name
  deployment_config {
    blue_green_update_policy {
      traffic_routing_configuration {
{%- if values.deploymentStrategy == 'canary' %}
        type                     = "CANARY"
        wait_interval_in_seconds = 600
        canary_size {
          type  = "CAPACITY_PERCENT"
          value = 10
        }
{%- elif values.deploymentStrategy == 'linear' %}
        type                     = "LINEAR"
        wait_interval_in_seconds = 300
        linear_step_size {
          type  = "CAPACITY_PERCENT"
          value = 25
        }
{%- else %}
        type                     = "ALL_AT_ONCE"
        wait_interval_in_seconds = 300
{%- endif %}
      }
      termination_wait_in_seconds = 600
    }
    auto_rollback_configuration {
      alarms {
        alarm_name = aws_cloudwatch_metric_alarm.errors.alarm_name
      }
      alarms {
        alarm_name = aws_cloudwatch_metric_alarm.latency.alarm_name
      }
    }
  }
}
{% endif %}
