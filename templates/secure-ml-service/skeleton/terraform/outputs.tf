output "model_package_group" {
  value = aws_sagemaker_model_package_group.ml.model_package_group_name
}

output "training_role_arn" {
  value = aws_iam_role.training.arn
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "buckets" {
  value = { for key, bucket in aws_s3_bucket.ml : key => bucket.id }
}
