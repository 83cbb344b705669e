# Timeslice test program: Peterson's mutual exclusion for threads with %bx = 0 and %bx = 1.
# flag[0..1] at 100 and 104, turn at 108, count at 112.
.var flag 2
.var turn
.var count
mov %bx, %cx
neg %cx
add $1, %cx          # %cx = the other thread
mov $1, 100(,%bx,4)
mov %cx, turn
.spin
mov 100(,%cx,4), %ax
test $1, %ax
jne .enter
mov turn, %ax
test %cx, %ax
je .spin
.enter
mov count, %ax
add $1, %ax
mov %ax, count
mov $0, 100(,%bx,4)
halt
