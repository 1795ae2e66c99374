mod fixtures {}
