variable "name" {
  description = "Service name: the prefix of every resource"
  type        = string
  default     = "${{ values.name }}"
}

variable "environment" {
  description = "dev, staging or prod"
  type        = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "account_id" {
  type    = string
  default = "${{ values.awsAccountId }}"
}

variable "region" {
  type    = string
  default = "${{ values.region }}"
}

variable "data_classification" {
  type    = string
  default = "${{ values.dataClassification }}"
}

variable "vpc_cidr" {
  type    = string
  default = "10.40.0.0/16"
}

variable "model_package_arn" {
  description = "Approved model package version to serve; set by the deploy workflow (empty: no endpoint yet)"
  type        = string
  default     = ""
}

variable "instance_type" {
  type    = string
  default = "ml.m5.large"
}

variable "instance_count" {
  description = "Instances behind the endpoint (2 or more in prod)"
  type        = number
  default     = 2
}

variable "drift_threshold" {
  description = "Per-feature drift above which the drift alarm fires"
  type        = number
  default     = ${{ values.driftThreshold }}
}

variable "monitoring_schedule" {
  description = "When the drift job runs (EventBridge schedule expression)"
  type        = string
  default     = "${{ values.monitoringSchedule }}"
}

variable "drift_namespace" {
  description = "CloudWatch namespace the portal reads drift from (mlops.drift.namespace)"
  type        = string
  default     = "AIDLC/ModelDrift"
}

variable "enable_model_monitor" {
  description = "Also run a SageMaker Model Monitor schedule (only for accounts that still have Model Monitor)"
  type        = bool
  default     = false
}

variable "manage_account_baseline" {
  description = "Create the account's AWS Config recorder and GuardDuty detector (false where the platform already runs them)"
  type        = bool
  default     = true
}

variable "object_readers" {
  description = "Other principals (role ARNs) that may read the service's buckets, such as auditors; everyone else is denied s3:GetObject."
  type        = list(string)
  default     = []
}

variable "image_tag" {
  description = "The tag of the service's image (the commit the deploy workflow built): tags are immutable."
  type        = string
}

variable "api_rate_limit" {
  description = "Requests per second the inference API's stage accepts (steady state)."
  type        = number
  default     = 50
}

variable "api_burst_limit" {
  description = "Requests the inference API's stage accepts in a burst."
  type        = number
  default     = 100
}

variable "api_requests_per_5_minutes" {
  description = "Requests one address may send in five minutes before the WAF blocks it."
  type        = number
  default     = 2000
}

variable "api_concurrency" {
  description = "Concurrent executions reserved for (and limiting) the Lambda front."
  type        = number
  default     = 50
}

variable "api_certificate_arn" {
  description = "ACM certificate of the API's custom domain, when the template was given one."
  type        = string
  default     = ""
}
