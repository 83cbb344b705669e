import threading

accounts = {"alice": 100, "bob": 50}
lock = threading.Lock()


def transfer(src, dst, amount):
    with lock:
        if accounts[src] >= amount:
            accounts[src] -= amount
            accounts[dst] += amount
            return True
    return False


def audit():
    return sum(accounts.values())


t1 = threading.Thread(target=transfer, args=("alice", "bob", 30))
t2 = threading.Thread(target=transfer, kwargs={"src": "bob", "dst": "alice", "amount": 10})
t1.start(); t2.start(); t1.join(); t2.join()
print(audit())
