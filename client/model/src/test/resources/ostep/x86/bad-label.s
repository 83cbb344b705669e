nop
jne .missing
halt
