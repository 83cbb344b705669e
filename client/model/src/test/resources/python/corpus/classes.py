class Account:
    rate = 1

    def __init__(self, balance=0):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account(10)
acct.deposit(5)
