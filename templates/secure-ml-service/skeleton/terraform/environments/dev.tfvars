environment    = "dev"
instance_count = 1
