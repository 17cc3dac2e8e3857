# One role per component, each allowed only what it does, on the ARNs it does it to.

data "aws_iam_policy_document" "sagemaker_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["sagemaker.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "lambda_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# Running in the VPC needs network interfaces; these EC2 actions have no resource-level scope.
data "aws_iam_policy_document" "vpc_access" {
  statement {
    actions = [
      "ec2:CreateNetworkInterface", "ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface",
      "ec2:DeleteNetworkInterfacePermission", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs",
      "ec2:DescribeDhcpOptions", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
    ]
    resources = ["*"]
  }
}

# Training: reads the data, writes the models.
resource "aws_iam_role" "training" {
  name               = "${var.name}-${var.environment}-training"
  assume_role_policy = data.aws_iam_policy_document.sagemaker_trust.json
}

data "aws_iam_policy_document" "training" {
  source_policy_documents = [data.aws_iam_policy_document.vpc_access.json]
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.ml["data"].arn, "${aws_s3_bucket.ml["data"].arn}/*"]
  }
  statement {
    actions   = ["s3:PutObject", "s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.ml["models"].arn, "${aws_s3_bucket.ml["models"].arn}/*"]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.data.arn, aws_kms_key.models.arn]
  }
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:${data.aws_partition.current.partition}:logs:${var.region}:${var.account_id}:log-group:/aws/sagemaker/*"]
  }
}

resource "aws_iam_role_policy" "training" {
  role   = aws_iam_role.training.id
  policy = data.aws_iam_policy_document.training.json
}

# Data validation Lambda: reads the data.
resource "aws_iam_role" "validation" {
  name               = "${var.name}-${var.environment}-validation"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

data "aws_iam_policy_document" "validation" {
  source_policy_documents = [data.aws_iam_policy_document.vpc_access.json]
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.ml["data"].arn, "${aws_s3_bucket.ml["data"].arn}/*"]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.data.arn]
  }
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:${data.aws_partition.current.partition}:logs:${var.region}:${var.account_id}:log-group:/aws/lambda/${var.name}-*"]
  }
}

resource "aws_iam_role_policy" "validation" {
  role   = aws_iam_role.validation.id
  policy = data.aws_iam_policy_document.validation.json
}

# Inference: reads the models, writes predictions (captured traffic).
resource "aws_iam_role" "inference" {
  name               = "${var.name}-${var.environment}-inference"
  assume_role_policy = data.aws_iam_policy_document.sagemaker_trust.json
}

data "aws_iam_policy_document" "inference" {
  source_policy_documents = [data.aws_iam_policy_document.vpc_access.json]
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.ml["models"].arn}/*"]
  }
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.ml["capture"].arn}/*"]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.models.arn, aws_kms_key.data.arn]
  }
}

resource "aws_iam_role_policy" "inference" {
  role   = aws_iam_role.inference.id
  policy = data.aws_iam_policy_document.inference.json
}

# Drift job: reads captured traffic and the baseline, publishes drift metrics in its namespace.
resource "aws_iam_role" "drift" {
  name               = "${var.name}-${var.environment}-drift"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

data "aws_iam_policy_document" "drift" {
  source_policy_documents = [data.aws_iam_policy_document.vpc_access.json]
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [
      aws_s3_bucket.ml["capture"].arn, "${aws_s3_bucket.ml["capture"].arn}/*",
      aws_s3_bucket.ml["models"].arn, "${aws_s3_bucket.ml["models"].arn}/*",
    ]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.data.arn, aws_kms_key.models.arn]
  }
  statement {
    # PutMetricData has no resource scope: the namespace condition narrows it.
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [var.drift_namespace]
    }
  }
}

resource "aws_iam_role_policy" "drift" {
  role   = aws_iam_role.drift.id
  policy = data.aws_iam_policy_document.drift.json
}

# VPC flow logs deliver to their log group.
resource "aws_iam_role" "flow_logs" {
  name = "${var.name}-${var.environment}-flow-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "vpc-flow-logs.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "flow_logs" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = ["${aws_cloudwatch_log_group.flow_logs.arn}:*"]
  }
}

resource "aws_iam_role_policy" "flow_logs" {
  role   = aws_iam_role.flow_logs.id
  policy = data.aws_iam_policy_document.flow_logs.json
}
{%- if values.apiFront and values.inferenceMode != 'batch' %}

# The API front: invokes the service's endpoint, nothing else.
resource "aws_iam_role" "front" {
  name               = "${var.name}-${var.environment}-front"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

data "aws_iam_policy_document" "front" {
  source_policy_documents = [data.aws_iam_policy_document.vpc_access.json]
  statement {
    actions   = ["sagemaker:InvokeEndpoint"]
    resources = ["arn:${data.aws_partition.current.partition}:sagemaker:${var.region}:${var.account_id}:endpoint/${var.name}-${var.environment}"]
  }
}

resource "aws_iam_role_policy" "front" {
  role   = aws_iam_role.front.id
  policy = data.aws_iam_policy_document.front.json
}
{%- endif %}
