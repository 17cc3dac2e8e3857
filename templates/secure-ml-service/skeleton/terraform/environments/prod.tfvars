environment    = "prod"
instance_count = 2
