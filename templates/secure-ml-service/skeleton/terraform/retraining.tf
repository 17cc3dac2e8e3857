# Retraining: the pipeline (ml/pipeline.py, upserted by the deploy job) runs again when the drift
# alarm fires, and at least once a month so the model never goes stale.
locals {
  pipeline_arn = "arn:aws:sagemaker:${var.region}:${var.account_id}:pipeline/${lower(var.name)}"
}

resource "aws_cloudwatch_event_rule" "retrain_on_drift" {
  name        = "${var.name}-${var.environment}-retrain-on-drift"
  description = "Starts the training pipeline when the drift alarm goes to ALARM"
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    detail = {
      alarmName = [aws_cloudwatch_metric_alarm.drift.alarm_name]
      state     = { value = ["ALARM"] }
    }
  })
}

resource "aws_cloudwatch_event_rule" "retrain_monthly" {
  name                = "${var.name}-${var.environment}-retrain-monthly"
  description         = "Starts the training pipeline on the first of each month"
  schedule_expression = "cron(0 3 1 * ? *)"
}

resource "aws_cloudwatch_event_target" "retrain" {
  for_each = {
    drift   = aws_cloudwatch_event_rule.retrain_on_drift.name
    monthly = aws_cloudwatch_event_rule.retrain_monthly.name
  }
  rule     = each.value
  arn      = local.pipeline_arn
  role_arn = aws_iam_role.retrain.arn
  sagemaker_pipeline_target {
    pipeline_parameter_list {
      name  = "TriggeredBy"
      value = each.key
    }
  }
}

data "aws_iam_policy_document" "events_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

# EventBridge may start this pipeline and nothing else.
resource "aws_iam_role" "retrain" {
  name               = "${var.name}-${var.environment}-retrain"
  assume_role_policy = data.aws_iam_policy_document.events_trust.json
}

data "aws_iam_policy_document" "retrain" {
  statement {
    actions   = ["sagemaker:StartPipelineExecution"]
    resources = [local.pipeline_arn]
  }
}

resource "aws_iam_role_policy" "retrain" {
  role   = aws_iam_role.retrain.id
  policy = data.aws_iam_policy_document.retrain.json
}
