# Timeslice test program: the addressing modes both versions share.
mov $3, %bx
mov $5, 100(%bx)     # memory[103] = 5
mov $2, %cx
mov 101(%bx,%cx), %ax
mov $9, (%bx)        # memory[3] = 9
mov (%bx), %dx
mov %dx, -1(%bx)     # memory[2] = 9
test %ax, %dx
jlt .below
jgte .above
.below
nop
.above
mov %bx, %ax
sub %cx, %ax
test %ax, $1
jlte .done
nop
.done
halt
