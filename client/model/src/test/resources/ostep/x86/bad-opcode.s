mov $1, %ax
jmp .nowhere
halt
