.var ok
mov $1, missing
halt
