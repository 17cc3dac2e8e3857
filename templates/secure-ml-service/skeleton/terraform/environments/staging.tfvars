environment    = "staging"
instance_count = 2
