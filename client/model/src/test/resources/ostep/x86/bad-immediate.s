mov $12, %ax
halt
