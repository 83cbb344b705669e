class Base:
    """A base."""
    count = 0

    def __init__(self):
        Base.count += 1

    @staticmethod
    def make():
        return Base()

    @property
    def value(self):
        return self.count


class Child(Base):
    def __init__(self, x):
        super().__init__()
        self.__private = x

    def get(self):
        return self.__private

    class Inner:
        pass


def factory():
    class Local(Base):
        def method(self):
            return __class__
    return Local
