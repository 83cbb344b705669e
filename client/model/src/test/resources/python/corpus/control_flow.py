x = 0
while x < 10:
    x += 1
    if x == 3:
        continue
    elif x == 7:
        break
    else:
        pass
else:
    x = -1

for i in range(3):
    if i:
        print(i)
else:
    print("done")

if x:
    y = 1
elif not x:
    y = 2
