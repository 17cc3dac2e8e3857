# Drift that works for every AWS customer: the project's own drift job (SageMaker Model Monitor is
# closed to new customers). It compares captured traffic with the training baseline, feature by
# feature (PSI, Kolmogorov-Smirnov or Jensen-Shannon), and publishes feature_baseline_drift_<feature>
# and feature_baseline_drift_max in var.drift_namespace, which the portal reads.
resource "aws_lambda_function" "drift_job" {
  function_name = "${var.name}-${var.environment}-drift-job"
  role          = aws_iam_role.drift.arn
  package_type  = "Image"
  image_uri     = "${aws_ecr_repository.ml.repository_url}:${var.image_tag}"
  image_config {
    entry_point = ["python3", "-m", "awslambdaric"]
    command     = ["drift_job.handler"]
  }
  timeout       = 900
  memory_size   = 2048
  kms_key_arn   = aws_kms_key.data.arn
  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = [aws_security_group.ml.id]
  }
  environment {
    variables = {
      ENDPOINT_NAME    = "${var.name}-${var.environment}"
      SCHEDULE_NAME    = "${var.name}-${var.environment}-drift-job"
      CAPTURE_PREFIX   = "s3://${aws_s3_bucket.ml["capture"].id}/${var.name}"
      BASELINE_URI     = "s3://${aws_s3_bucket.ml["models"].id}/baseline/statistics.json"
      METRIC_NAMESPACE = var.drift_namespace
    }
  }
}

resource "aws_cloudwatch_event_rule" "drift_job" {
  name                = "${var.name}-${var.environment}-drift-job"
  schedule_expression = var.monitoring_schedule
}

resource "aws_cloudwatch_event_target" "drift_job" {
  rule = aws_cloudwatch_event_rule.drift_job.name
  arn  = aws_lambda_function.drift_job.arn
}

resource "aws_lambda_permission" "drift_job" {
  statement_id  = "AllowSchedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.drift_job.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.drift_job.arn
}

resource "aws_cloudwatch_metric_alarm" "drift" {
  alarm_name          = "${var.name}-${var.environment}-drift"
  alarm_description   = "A feature drifted past ${var.drift_threshold} from its training baseline"
  namespace           = var.drift_namespace
  metric_name         = "feature_baseline_drift_max"
  dimensions          = { Endpoint = "${var.name}-${var.environment}", MonitoringSchedule = "${var.name}-${var.environment}-drift-job" }
  statistic           = "Maximum"
  period              = 3600
  evaluation_periods  = 1
  threshold           = var.drift_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "breaching" # no drift figures means the job stopped
}

# Roll a deployment back when the new fleet errs or slows down.
resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "${var.name}-${var.environment}-5xx"
  namespace           = "AWS/SageMaker"
  metric_name         = "Invocation5XXErrors"
  dimensions          = { EndpointName = "${var.name}-${var.environment}", VariantName = "AllTraffic" }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "${var.name}-${var.environment}-latency-p99"
  namespace           = "AWS/SageMaker"
  metric_name         = "ModelLatency"
  dimensions          = { EndpointName = "${var.name}-${var.environment}", VariantName = "AllTraffic" }
  extended_statistic  = "p99"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1000000 # microseconds
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
}

# For accounts that still have Model Monitor: a data quality schedule, isolated and encrypted.
resource "aws_sagemaker_data_quality_job_definition" "ml" {
  count    = var.enable_model_monitor && local.serving == 1 ? 1 : 0
  name     = "${var.name}-${var.environment}-data-quality"
  role_arn = aws_iam_role.drift.arn
  data_quality_app_specification {
    image_uri = "${var.account_id}.dkr.ecr.${var.region}.amazonaws.com/${var.name}:model-monitor"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "${var.name}-${var.environment}"
    }
  }
  data_quality_job_output_config {
    kms_key_id = aws_kms_key.data.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://${aws_s3_bucket.ml["capture"].id}/monitoring"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.data.arn
    }
  }
  network_config {
    enable_network_isolation                = true
    enable_inter_container_traffic_encryption = true
    vpc_config {
      subnets            = aws_subnet.private[*].id
      security_group_ids = [aws_security_group.ml.id]
    }
  }
}

resource "aws_sagemaker_monitoring_schedule" "ml" {
  count = var.enable_model_monitor && local.serving == 1 ? 1 : 0
  name  = "${var.name}-${var.environment}-data-quality"
  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.ml[0].name
    monitoring_type                = "DataQuality"
    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
  }
}
