mov $2, %ax
add $3, %ax
halt
