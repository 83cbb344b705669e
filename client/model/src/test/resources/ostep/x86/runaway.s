# Timeslice test program: no halt, so the threads run on into memory that holds no instruction.
mov $1, %ax
add $1, %ax
