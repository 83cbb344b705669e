mov 4(%bx, %ax
halt
