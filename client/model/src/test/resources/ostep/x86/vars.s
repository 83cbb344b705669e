# Timeslice test program: named variables, and the tool's debugging dumps.
.var first
.var second
mov $6, first
mov first, %ax
add $2, %ax
mov %ax, second
rdump
mdump 104
yield
halt
