# Timeslice test program: what only threads-locks/x86.py understands.
.var table 4
mov $12, %ax
mov $-3, %bx
neg %bx              # 3
mul $2, %bx          # 6
mul %bx, %ax         # 72
mov $1, %cx
mov %ax, 100(,%cx,4) # table[1] = 72
lea 100(%cx), %ex    # 101
mov $2, %fx
mov -1(%ex,%fx,2), %dx  # memory[104]
pop %cx
push %ax
pop %cx              # threads-locks loads the value pushed
mov %cx, 3028
mov table, %bx
halt
