# Timeslice test program: the counter at 3000 guarded by a spin lock at 3004 (xchg), %bx rounds.
.again
.lock
mov $1, %ax
xchg %ax, 3004     # swap 1 into the lock; %ax holds what was there
test $0, %ax
jne .lock          # it was held: spin
mov 3000, %cx
add $1, %cx
mov %cx, 3000
mov $0, 3004       # unlock
sub $1, %bx
test $0, %bx
jgt .again
halt
